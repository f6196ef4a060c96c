package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/data"

	"teammetrics/grafanahost/internal/host"
)

// The doubles serve backend/sources/<p>/testdata/<p>-double.json, the files the jest contract tests validate
// against the providers' OpenAPI descriptions. Known answers: backend/sources/asana/knownAnswers.test.ts.
const (
	asanaTestToken  = "asana-test-token-0001"
	notionTestToken = "ntn_test_secret_0001"
	notionPRD       = "1a2b3c4d-0000-4000-8000-00000000a001"
	notionFSD       = "1a2b3c4d-0000-4000-8000-00000000f001"
)

// Dashboard range for these tests: 1 Oct – 26 Nov 2026 in Europe/Berlin.
var (
	berlinFrom = time.Date(2026, 9, 30, 22, 0, 0, 0, time.UTC)
	berlinTo   = time.Date(2026, 11, 25, 23, 0, 0, 0, time.UTC)
	octBerlin  = berlinFrom
	novBerlin  = time.Date(2026, 10, 31, 23, 0, 0, 0, time.UTC)
)

type doubleRoute struct {
	Status  int               `json:"status"`
	Headers map[string]string `json:"headers"`
	Body    json.RawMessage   `json:"body"`
}

// apiDouble answers "<METHOD> <path>[?<cursor param>=<value>]" keys from a fixture file; a request without the
// test token gets the provider's 401.
type apiDouble struct {
	*httptest.Server
	mu       sync.Mutex
	requests []string
}

func (d *apiDouble) count(prefix string) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := 0
	for _, r := range d.requests {
		if strings.HasPrefix(r, prefix) {
			n++
		}
	}
	return n
}

func readSourceTestdata(t *testing.T, provider, name string) []byte {
	t.Helper()
	root, err := host.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(root, "..", "..", "backend", "sources", provider, "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// startAPIDouble serves a fixture file; keyOf turns a request into its route key ("" = unauthorised body).
func startAPIDouble(t *testing.T, provider, file, token string, unauthorized string, keyOf func(r *http.Request, body []byte) string, overrides map[string]doubleRoute) *apiDouble {
	t.Helper()
	var fixture struct {
		Routes map[string]doubleRoute `json:"routes"`
	}
	if err := json.Unmarshal(readSourceTestdata(t, provider, file), &fixture); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	for k, v := range overrides {
		fixture.Routes[k] = v
	}
	d := &apiDouble{}
	d.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		key := keyOf(r, body)
		d.mu.Lock()
		d.requests = append(d.requests, key)
		d.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get("Authorization") != "Bearer "+token {
			w.WriteHeader(401)
			_, _ = w.Write([]byte(unauthorized))
			return
		}
		route, ok := fixture.Routes[key]
		if !ok {
			w.WriteHeader(404)
			_, _ = fmt.Fprintf(w, `{"errors":[{"message":"double has no route %s"}],"object":"error","status":404,"code":"object_not_found","message":"no route"}`, key)
			return
		}
		for k, v := range route.Headers {
			w.Header().Set(k, v)
		}
		w.WriteHeader(route.Status)
		_, _ = w.Write(route.Body)
	}))
	t.Cleanup(d.Close)
	return d
}

func startAsanaDouble(t *testing.T, overrides ...map[string]doubleRoute) *apiDouble {
	var extra map[string]doubleRoute
	if len(overrides) > 0 {
		extra = overrides[0]
	}
	return startAPIDouble(t, "asana", "asana-double.json", asanaTestToken, `{"errors":[{"message":"Not Authorized"}]}`, func(r *http.Request, _ []byte) string {
		key := r.Method + " " + strings.TrimPrefix(r.URL.Path, "/api/1.0")
		if offset := r.URL.Query().Get("offset"); offset != "" {
			key += "?offset=" + offset
		}
		return key
	}, extra)
}

func asanaJSON(apiURL string, extraMetrics string) string {
	return fmt.Sprintf(`{"enabled":true,"workspaceGid":"500","apiUrl":%q,"pointsField":"Story Points","sprintSource":"section","metricProjects":{
		"features_fully_scoped":{"projectGid":"1001","rule":"section","value":"Scoped"},
		"bizsup_completed":{"projectGid":"1002","rule":"completed"},
		"prds_generated":{"projectGid":"1003","rule":"tag","value":"PRD"},
		"fsds_generated":{"projectGid":"1003","rule":"tag","value":"FSD"},
		"sprint_velocity":{"projectGid":"1004","rule":"completed"},
		"tech_debt_open":{"projectGid":"1005","rule":"completed"},
		"incidents_mtd":{"projectGid":"1006","rule":"completed"}%s}}`, apiURL+"/api/1.0", extraMetrics)
}

func liveSettings(uid, jsonData string, secure map[string]string) *host.Settings {
	s := host.DefaultSettings()
	s.UID = uid
	s.JSONData = []byte(jsonData)
	s.Secure = secure
	return s
}

func berlinQuery(refID, metric, bucket string) host.Query {
	return host.NewQuery(refID, fmt.Sprintf(`{"queryType":"metric","metric":%q,"bucket":%q}`, metric, bucket), berlinFrom, berlinTo)
}

// seriesValues reads the first time series of a metric response as bucket start → value.
func seriesValues(t *testing.T, ref string, r backend.DataResponse) map[time.Time]float64 {
	t.Helper()
	out := map[time.Time]float64{}
	if !wantOK(t, ref, r) || len(r.Frames) == 0 {
		t.Errorf("%s: no frames", ref)
		return out
	}
	f := r.Frames[0]
	var tf, vf *data.Field
	for _, fl := range f.Fields {
		switch fl.Type() {
		case data.FieldTypeTime, data.FieldTypeNullableTime:
			tf = fl
		case data.FieldTypeNullableFloat64, data.FieldTypeFloat64:
			vf = fl
		}
	}
	if tf == nil || vf == nil {
		t.Fatalf("%s: want time and number fields, got %s", ref, fieldTypes(f))
	}
	for i := 0; i < vf.Len(); i++ {
		ts, _ := tf.ConcreteAt(i)
		v, ok := vf.ConcreteAt(i)
		if tm, isTime := ts.(time.Time); isTime && ok {
			out[tm.UTC()] = v.(float64)
		}
	}
	return out
}

func noticesText(r backend.DataResponse) string {
	var parts []string
	for _, f := range r.Frames {
		if f.Meta != nil {
			for _, n := range f.Meta.Notices {
				parts = append(parts, n.Text)
			}
		}
	}
	return strings.Join(parts, " | ")
}

// TestAsanaMetricsEndToEnd: Asana tasks (and Notion documents for the specs) → the six metrics, month buckets
// in Europe/Berlin, through the real executable.
func TestAsanaMetricsEndToEnd(t *testing.T) {
	asana := startAsanaDouble(t)
	notion := startNotionDouble(t)
	jsonData := fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"Europe/Berlin","asana":%s,"notion":%s}`, asanaJSON(asana.URL, ""), notionJSON(notion.URL, notionFSD))
	h := fresh(t, host.Options{Settings: liveSettings("tm-asana", jsonData, map[string]string{"asanaToken": asanaTestToken, "notionToken": notionTestToken})})
	cases := []struct {
		metric       string
		october, nov float64
		why          string
	}{
		{"features_fully_scoped", 1, 1, "task 101 entered Scoped at 2026-10-31T23:30Z = 1 Nov in Berlin"},
		{"bizsup_completed", 2, 1, "204 completed 1 Oct 00:30 Berlin; 202 reopened (not counted); 203 reopened then completed in Nov"},
		{"prds_generated", 1, 1, "Checkout redesign is in Asana and Notion: counted once"},
		{"fsds_generated", 1, 2, "one Asana FSD and two Notion FSDs (second page of the cursor)"},
		{"sprint_velocity", 16, 0, "3+5+8 points completed in October"},
		{"tech_debt_open", 3, 2, "503 completed then reopened is open again"},
		{"incidents_mtd", 1, 2, "incident 601 opened 2026-10-31T23:30Z = 1 Nov in Berlin"},
	}
	for _, c := range cases {
		r := queryAll(t, h, berlinQuery("A", c.metric, "month"))["A"]
		got := seriesValues(t, c.metric, r)
		if got[octBerlin] != c.october || got[novBerlin] != c.nov || len(got) != 2 {
			t.Errorf("%s: got %v, want Oct %v (bucket %s) and Nov %v (bucket %s): %s; notices: %s", c.metric, got, c.october, octBerlin.Format(time.RFC3339), c.nov, novBerlin.Format(time.RFC3339), c.why, noticesText(r))
		}
	}
	prds := queryAll(t, h, berlinQuery("P", "prds_generated", "month"))["P"]
	if !strings.Contains(noticesText(prds), "Merged 1 PRD(s) tracked in both Asana and Notion") {
		t.Errorf("prds_generated notices %q: want the merge notice", noticesText(prds))
	}
	sprints := seriesValues(t, "sprint_velocity/sprint", queryAll(t, h, berlinQuery("S", "sprint_velocity", "sprint"))["S"])
	if len(sprints) != 2 || sprints[time.Date(2026, 10, 4, 22, 0, 0, 0, time.UTC)] != 8 || sprints[time.Date(2026, 10, 18, 22, 0, 0, 0, time.UTC)] != 8 {
		t.Errorf("sprint_velocity per sprint = %v; want 8 points in Sprint 1 (from 5 Oct Berlin) and 8 in Sprint 2 (from 19 Oct Berlin)", sprints)
	}
	if asana.count("GET /projects/1002/tasks?offset=") == 0 {
		t.Errorf("the second page of BizSup tasks was never asked for (offset pagination)")
	}
}

func TestAsanaPartialFailureAndHealth(t *testing.T) {
	asana := startAsanaDouble(t)
	jsonData := fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"Europe/Berlin","asana":%s}`, asanaJSON(asana.URL, `,"bug_count_open":{"projectGid":"9999","rule":"completed"}`))
	h := fresh(t, host.Options{Settings: liveSettings("tm-asana-partial", jsonData, map[string]string{"asanaToken": asanaTestToken})})
	r := queryAll(t, h, berlinQuery("A", "bizsup_completed", "month"))["A"]
	if got := seriesValues(t, "bizsup_completed", r); got[octBerlin] != 2 || got[novBerlin] != 1 {
		t.Errorf("bizsup_completed with a failing other project = %v; want 2 and 1", got)
	}
	if n := noticesText(r); !strings.Contains(n, "project 9999") || !strings.Contains(n, "404") {
		t.Errorf("notices %q: want a warning naming project 9999 (404)", n)
	}
	health, err := h.CheckHealth(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if health.Status != backend.HealthStatusError || !strings.Contains(health.Message, "project 9999 (used by bug_count_open) was not found") {
		t.Errorf("CheckHealth = %v %q; want an error naming project 9999", health.Status, health.Message)
	}
	res, err := h.CallResource(ctx(t), "GET", "sources/asana/sections?project=1001", nil)
	if err != nil || res.Code != 200 || !strings.Contains(string(res.Body), `"label":"Scoped"`) {
		t.Errorf("GET sources/asana/sections?project=1001 = %v %s (err %v); want the project's sections", res.Code, res.Body, err)
	}
}

func TestAsanaBadTokenIsDownstream401(t *testing.T) {
	asana := startAsanaDouble(t)
	jsonData := fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"UTC","asana":%s}`, asanaJSON(asana.URL, ""))
	h := fresh(t, host.Options{Settings: liveSettings("tm-asana-401", jsonData, map[string]string{"asanaToken": "wrong-secret-9"})})
	r := queryAll(t, h, berlinQuery("A", "bizsup_completed", "month"))["A"]
	wantErr(t, "A", r, backend.Status(401), backend.ErrorSourceDownstream, "asana", "token")
	if r.Error != nil && strings.Contains(r.Error.Error(), "wrong-secret-9") {
		t.Errorf("error message leaks the token: %q", r.Error)
	}
}

// A 429 whose Retry-After lies past the query deadline fails at once (no 30 s hang) and says until when.
func TestAsanaRateLimitPastDeadline(t *testing.T) {
	limited := doubleRoute{Status: 429, Headers: map[string]string{"Retry-After": "3600"}, Body: json.RawMessage(`{"errors":[{"message":"You have made too many requests recently."}]}`)}
	asana := startAsanaDouble(t, map[string]doubleRoute{"GET /projects/1002": limited})
	jsonData := fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"UTC","asana":{"enabled":true,"apiUrl":%q,"metricProjects":{"bizsup_completed":{"projectGid":"1002","rule":"completed"}}}}`, asana.URL+"/api/1.0")
	h := fresh(t, host.Options{Settings: liveSettings("tm-asana-429", jsonData, map[string]string{"asanaToken": asanaTestToken})})
	began := time.Now()
	r := queryAll(t, h, berlinQuery("A", "bizsup_completed", "month"))["A"]
	until := time.Now().Add(time.Hour).UTC().Format("15:04")
	wantErr(t, "A", r, backend.Status(429), backend.ErrorSourceDownstream, "rate limit", "UTC")
	if r.Error != nil && !strings.Contains(r.Error.Error(), until) && !strings.Contains(r.Error.Error(), began.Add(time.Hour).UTC().Format("15:04")) {
		t.Errorf("error %q: want the time Asana accepts requests again (%s UTC)", r.Error, until)
	}
	if elapsed := time.Since(began); elapsed > 5*time.Second {
		t.Errorf("rate-limited query took %v; it must fail fast when the wait is past the deadline", elapsed)
	}
}
