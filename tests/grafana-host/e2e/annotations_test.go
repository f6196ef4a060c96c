package e2e

import (
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/data"
)

// Annotation and variable queries: every time field must decode to exact ms instants in range.
func TestAnnotationAndVariableFrames(t *testing.T) {
	h := shared(t)
	rs := queryAll(t, h,
		q("AN", `{"refId":"AN","queryType":"annotations","annotationKinds":["release","deployment","incident"]}`),
		q("VA", `{"refId":"VA","queryType":"variable","variableKind":"team"}`))
	for _, ref := range []string{"AN", "VA"} {
		r := rs[ref]
		if !wantOK(t, ref, r) {
			continue
		}
		if len(r.Frames) == 0 {
			t.Errorf("refId %s: no frames", ref)
		}
		for _, f := range r.Frames {
			if f.RefID != ref {
				t.Errorf("refId %s: frame RefID = %q", ref, f.RefID)
			}
			for _, fl := range f.Fields {
				if fl.Type().NonNullableType() == data.FieldTypeTime {
					checkWholeMillis(t, "refId "+ref, fl)
				}
			}
		}
	}
}
