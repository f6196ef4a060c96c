package e2e

import (
	"encoding/json"
	"mime"
	"testing"
)

func TestCallResource(t *testing.T) {
	h := shared(t)
	cases := []struct {
		path  string
		code  int
		check func(t *testing.T, body map[string]json.RawMessage)
	}{
		{"catalog", 200, func(t *testing.T, body map[string]json.RawMessage) {
			var metrics []json.RawMessage
			if err := json.Unmarshal(body["metrics"], &metrics); err != nil || metrics == nil {
				t.Errorf("catalog: top-level \"metrics\" must be a JSON array, got %.200s", body["metrics"])
			}
		}},
		{"health", 200, func(t *testing.T, body map[string]json.RawMessage) {
			var status string
			if json.Unmarshal(body["status"], &status) != nil || status != "ok" {
				t.Errorf("health: want \"status\":\"ok\", got %.200s", body["status"])
			}
		}},
		{"nope", 404, func(t *testing.T, body map[string]json.RawMessage) {
			if len(body) == 0 {
				t.Errorf("nope: 404 body should be a JSON object describing the error")
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			res, err := h.CallResource(ctx(t), "GET", tc.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.Code != tc.code {
				t.Errorf("GET %s: code %d, want %d (body %.300s)", tc.path, res.Code, tc.code, res.Body)
			}
			ct := res.Headers.Get("Content-Type")
			if mt, _, _ := mime.ParseMediaType(ct); mt != "application/json" {
				t.Errorf("GET %s: Content-Type %q, want application/json (headers %v)", tc.path, ct, res.Headers)
			}
			var body map[string]json.RawMessage
			if err := json.Unmarshal(res.Body, &body); err != nil {
				t.Fatalf("GET %s: body is not a JSON object: %v; body %.300q", tc.path, err, res.Body)
			}
			tc.check(t, body)
		})
	}
}
