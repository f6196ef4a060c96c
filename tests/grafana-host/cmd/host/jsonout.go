package main

import (
	"encoding/json"
	"io"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
)

// writeResponseJSON prints a decoded QueryDataResponse in the shape Grafana's /api/ds/query returns
// ({"results": {refId: {status, error?, errorSource?, frames: [{schema, data}]}}}), for scripts such as
// `npm run preview`. The frames went through backend.FromProto() first, so they are what Grafana sees.
func writeResponseJSON(w io.Writer, resp *backend.QueryDataResponse) error {
	body, err := json.Marshal(resp)
	if err != nil {
		return err
	}
	_, err = w.Write(append(body, '\n'))
	return err
}
