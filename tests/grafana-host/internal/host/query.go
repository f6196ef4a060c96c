package host

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/data"
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

// Query is one panel target as Grafana sends it.
type Query struct {
	RefID     string
	JSON      []byte
	From, To  time.Time
	QueryType string // defaults to the JSON's "queryType" (empty if absent or JSON malformed)
	// MaxDataPoints and IntervalMS default to 1000 and 86400000.
	MaxDataPoints int64
	IntervalMS    int64
}

// NewQuery builds a query with Grafana's defaults for this harness.
func NewQuery(refID string, jsonText string, from, to time.Time) Query {
	return Query{RefID: refID, JSON: []byte(jsonText), From: from, To: to, QueryType: QueryTypeOf([]byte(jsonText))}
}

// QueryTypeOf extracts a string "queryType" from query JSON, or "".
func QueryTypeOf(raw []byte) string {
	var m struct {
		QueryType any `json:"queryType"`
	}
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	s, _ := m.QueryType.(string)
	return s
}

// Proto converts the query to the wire type.
func (q Query) Proto() *pluginv2.DataQuery {
	mdp, iv := q.MaxDataPoints, q.IntervalMS
	if mdp == 0 {
		mdp = 1000
	}
	if iv == 0 {
		iv = 86400000
	}
	return &pluginv2.DataQuery{
		RefId:         q.RefID,
		MaxDataPoints: mdp,
		IntervalMS:    iv,
		TimeRange:     &pluginv2.TimeRange{FromEpochMS: q.From.UnixMilli(), ToEpochMS: q.To.UnixMilli()},
		Json:          q.JSON,
		QueryType:     q.QueryType,
	}
}

// QueryDataRaw sends one QueryData request (Arrow format, as Grafana's /api/ds/query does).
func (h *Host) QueryDataRaw(ctx context.Context, queries ...Query) (*pluginv2.QueryDataResponse, error) {
	req := &pluginv2.QueryDataRequest{
		PluginContext: h.Settings.PluginContext(),
		Format:        pluginv2.DataFrameFormat_ARROW,
	}
	for _, q := range queries {
		req.Queries = append(req.Queries, q.Proto())
	}
	return h.Data.QueryData(ctx, req)
}

// QueryData sends the queries in ONE request and decodes the reply with
// backend.FromProto().QueryDataResponse — exactly what Grafana runs. If decoding fails, the error
// names the refId and frame index that could not be decoded.
func (h *Host) QueryData(ctx context.Context, queries ...Query) (*backend.QueryDataResponse, error) {
	raw, err := h.QueryDataRaw(ctx, queries...)
	if err != nil {
		return nil, fmt.Errorf("QueryData gRPC call failed (Grafana would fail every query of the request): %w", err)
	}
	resp, err := backend.FromProto().QueryDataResponse(raw)
	if err != nil {
		return nil, fmt.Errorf("SDK could not decode QueryDataResponse (Grafana fails the whole request): %w%s", err, DiagnoseFrames(raw))
	}
	return resp, nil
}

// DiagnoseFrames decodes each frame separately to say which one breaks the SDK decoder.
func DiagnoseFrames(raw *pluginv2.QueryDataResponse) string {
	var b strings.Builder
	refs := make([]string, 0, len(raw.Responses))
	for ref := range raw.Responses {
		refs = append(refs, ref)
	}
	sort.Strings(refs)
	for _, ref := range refs {
		r := raw.Responses[ref]
		if r.Format != pluginv2.DataFrameFormat_ARROW {
			fmt.Fprintf(&b, "\n  refId %q: format %v (Grafana's QueryData path needs ARROW)", ref, r.Format)
			continue
		}
		for i, fb := range r.Frames {
			if _, err := data.UnmarshalArrowFrame(fb); err != nil {
				head := fb
				if len(head) > 8 {
					head = head[:8]
				}
				fmt.Fprintf(&b, "\n  refId %q frame[%d] (%d bytes, starts %q): %v", ref, i, len(fb), head, err)
			}
		}
	}
	return b.String()
}
