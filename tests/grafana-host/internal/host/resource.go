package host

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

// ResourceResponse is the HTTP response Grafana assembles from the CallResource stream.
type ResourceResponse struct {
	Code     int
	Headers  http.Header
	Body     []byte
	Messages int
}

// CallResource calls GET/POST /api/datasources/uid/<uid>/resources/<path> the way Grafana forwards it:
// status and headers come from the first stream message only, later messages append to the body.
func (h *Host) CallResource(ctx context.Context, method, path string, body []byte) (*ResourceResponse, error) {
	url := "/api/datasources/uid/" + h.Settings.UID + "/resources/" + path
	req := &pluginv2.CallResourceRequest{
		PluginContext: h.Settings.PluginContext(),
		Path:          path,
		Method:        method,
		Url:           url,
		Headers: map[string]*pluginv2.StringList{
			"Accept":     {Values: []string{"application/json"}},
			"User-Agent": {Values: []string{"Grafana/" + GrafanaVersion}},
		},
		Body: body,
	}
	stream, err := h.Resource.CallResource(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("CallResource %s %s: %w", method, path, err)
	}
	out := &ResourceResponse{Headers: http.Header{}}
	for {
		msg, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("CallResource %s %s: stream error after %d message(s): %w", method, path, out.Messages, err)
		}
		if out.Messages == 0 {
			out.Code = int(msg.Code)
			for k, v := range msg.Headers {
				for _, s := range v.GetValues() {
					out.Headers.Add(k, s)
				}
			}
		}
		out.Body = append(out.Body, msg.Body...)
		out.Messages++
	}
	if out.Messages == 0 {
		return nil, fmt.Errorf("CallResource %s %s: received empty resource response (zero stream messages; Grafana fails the call)", method, path)
	}
	return out, nil
}
