// Package report prints plugin responses for humans.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/data"
)

// MaxRows limits rows printed per frame (-1 = unlimited).
var MaxRows = 40

// Responses prints every DataResponse sorted by refId.
func Responses(w io.Writer, resp *backend.QueryDataResponse) {
	refs := make([]string, 0, len(resp.Responses))
	for ref := range resp.Responses {
		refs = append(refs, ref)
	}
	sort.Strings(refs)
	for _, ref := range refs {
		Response(w, ref, resp.Responses[ref])
	}
}

// Response prints one refId's status, error and frames.
func Response(w io.Writer, ref string, r backend.DataResponse) {
	fmt.Fprintf(w, "=== refId %s: status %d, %d frame(s)\n", ref, r.Status, len(r.Frames))
	if r.Error != nil {
		fmt.Fprintf(w, "    error (source %q): %v\n", r.ErrorSource, r.Error)
	}
	for i, f := range r.Frames {
		fmt.Fprintf(w, "--- frame[%d] name=%q refId=%q\n", i, f.Name, f.RefID)
		Frame(w, f)
	}
	fmt.Fprintln(w)
}

// Frame prints meta, field details and the rows of one frame.
func Frame(w io.Writer, f *data.Frame) {
	if m := f.Meta; m != nil {
		fmt.Fprintf(w, "    meta: type=%q typeVersion=%v preferredVisualisation=%q executedQuery=%q\n",
			m.Type, m.TypeVersion, m.PreferredVisualization, m.ExecutedQueryString)
		for _, n := range m.Notices {
			fmt.Fprintf(w, "    notice [%s]: %s\n", n.Severity, n.Text)
		}
	} else {
		fmt.Fprintln(w, "    meta: <nil>")
	}
	for _, fl := range f.Fields {
		cfg := "<nil>"
		if fl.Config != nil {
			b, _ := json.Marshal(fl.Config)
			cfg = string(b)
		}
		fmt.Fprintf(w, "    field %q type=%s labels=%s config=%s\n", fl.Name, fl.Type(), fl.Labels, cfg)
	}
	table, err := f.StringTable(-1, MaxRows)
	if err != nil {
		fmt.Fprintf(w, "    (cannot render table: %v)\n", err)
		return
	}
	fmt.Fprint(w, table)
}
