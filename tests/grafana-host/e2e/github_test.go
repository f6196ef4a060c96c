package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/data"

	"teammetrics/grafanahost/internal/host"
)

// The GitHub double serves backend/sources/github/testdata/ through its routes.json, the same files and
// route table the jest contract tests validate against the OpenAPI slice and the GraphQL schema.
const githubTestToken = "ghp_e2eTestToken000000000000000000000000"

type githubRoute struct {
	Method    string            `json:"method"`
	Path      string            `json:"path"`
	File      string            `json:"file"`
	Status    int               `json:"status"`
	Headers   map[string]string `json:"headers"`
	Operation string            `json:"operation"`
	Variable  string            `json:"variable"`
	Search    string            `json:"search"`
	Contains  string            `json:"contains"`
}

type graphqlRequest struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables"`
}

var operationName = regexp.MustCompile(`\bquery\s+(\w+)`)

func (r githubRoute) matches(method, path string, body graphqlRequest) bool {
	if r.Method != method || r.Path != path {
		return false
	}
	if r.Operation != "" {
		m := operationName.FindStringSubmatch(body.Query)
		if len(m) < 2 || m[1] != r.Operation {
			return false
		}
	}
	if r.Variable != "" {
		name, value, _ := strings.Cut(r.Variable, "=")
		if fmt.Sprint(body.Variables[name]) != value {
			return false
		}
	}
	if r.Contains != "" && !strings.Contains(body.Query, r.Contains) {
		return false
	}
	return r.Search == "" || strings.Contains(fmt.Sprint(body.Variables["q"]), r.Search)
}

type githubDouble struct {
	*httptest.Server
	mu       sync.Mutex
	requests []string
}

func startGitHubDouble(t *testing.T) *githubDouble {
	t.Helper()
	var table struct {
		Routes []githubRoute `json:"routes"`
	}
	if err := json.Unmarshal(readSourceTestdata(t, "github", "routes.json"), &table); err != nil {
		t.Fatalf("routes.json: %v", err)
	}
	bodies := map[string][]byte{}
	for _, r := range table.Routes {
		bodies[r.File] = readSourceTestdata(t, "github", r.File)
	}
	d := &githubDouble{}
	d.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		var body graphqlRequest
		_ = json.Unmarshal(raw, &body)
		d.mu.Lock()
		d.requests = append(d.requests, r.Method+" "+r.URL.Path)
		d.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get("Authorization") != "token "+githubTestToken {
			w.WriteHeader(401)
			_, _ = w.Write([]byte(`{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}`))
			return
		}
		for _, route := range table.Routes {
			if route.matches(r.Method, r.URL.Path, body) {
				for k, v := range route.Headers {
					w.Header().Set(k, v)
				}
				status := route.Status
				if status == 0 {
					status = 200
				}
				w.WriteHeader(status)
				_, _ = w.Write(bodies[route.File])
				return
			}
		}
		w.WriteHeader(501)
		_, _ = fmt.Fprintf(w, `{"message":"double has no route for %s %s"}`, r.Method, r.URL.Path)
	}))
	t.Cleanup(d.Close)
	return d
}

func githubSettings(uid, apiURL, token string) *host.Settings {
	jsonData := fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"UTC","github":{"enabled":true,"authType":"pat","baseUrl":%q,
		"repos":["acme/api","acme/missing"],"teamsFrom":"mapping","teamMapping":{"alice":"payments","bob":"platform"}}}`, apiURL)
	return liveSettings(uid, jsonData, map[string]string{"githubToken": token})
}

// periodValue reads the one whole-range value of a bucket=period metric.
func periodValue(t *testing.T, ref string, r backend.DataResponse) float64 {
	t.Helper()
	if !wantOK(t, ref, r) || len(r.Frames) == 0 {
		t.Fatalf("%s: no frames", ref)
	}
	for _, f := range r.Frames[0].Fields {
		if f.Type() == data.FieldTypeNullableFloat64 || f.Type() == data.FieldTypeFloat64 {
			if v, ok := f.ConcreteAt(0); ok {
				return v.(float64)
			}
		}
	}
	t.Fatalf("%s: no numeric value in %s; notices: %s", ref, fieldTypes(r.Frames[0]), noticesText(r))
	return 0
}

// TestGitHubMetricsEndToEnd: the acme/api scenario (dashboard range 27 Oct – 26 Nov 2026, UTC).
//
//	Production deployments: D101 1 Oct (before the range; only the base of the first compare),
//	D102 finished 10 Nov 12:30 (compare c1...c2 → merge commit of PR 1), D104 finished 20 Nov 10:30
//	(compare c2...c4 → PRs 2 and 3); D103 went to staging and does not count.
//	PR 1: first commit 1 Nov 09:00, merged 4 Nov 09:00; PR 2: 11 Nov 04:00 → 14 Nov 10:00;
//	PR 3: 16 Nov 06:00 → 18 Nov 08:00.
func TestGitHubMetricsEndToEnd(t *testing.T) {
	gh := startGitHubDouble(t)
	h := fresh(t, host.Options{Settings: githubSettings("tm-github", gh.URL, githubTestToken)})
	cases := []struct {
		metric string
		want   float64
		why    string
	}{
		{"deploy_frequency", 2 / (30.0 / 7), "2 production deployments in 30 days = 0.467 per week"},
		{"dora_lead_time_median", 219.5, "lead times 219.5 h (PR 1: 1 Nov 09:00 → 10 Nov 12:30), 222.5 h (PR 2: 11 Nov 04:00 → 20 Nov 10:30), 100.5 h (PR 3: 16 Nov 06:00 → 20 Nov 10:30); median 219.5 h"},
		{"pr_cycle_time", 72, "first commit → merge: 72 h, 78 h, 50 h; median 72 h"},
	}
	for _, c := range cases {
		r := queryAll(t, h, q("A", fmt.Sprintf(`{"queryType":"metric","metric":%q,"bucket":"period"}`, c.metric)))["A"]
		if got := periodValue(t, c.metric, r); math.Abs(got-c.want) > 1e-6 {
			t.Errorf("%s = %v, want %v: %s; notices: %s", c.metric, got, c.want, c.why, noticesText(r))
		}
		if n := noticesText(r); !strings.Contains(n, "acme/missing") {
			t.Errorf("%s notices %q: want a warning naming the missing repository acme/missing", c.metric, n)
		}
	}
	weekly := queryAll(t, h, q("W", `{"queryType":"metric","metric":"deploy_frequency","bucket":"week"}`))["W"]
	total := 0.0
	for _, v := range seriesValues(t, "deploy_frequency/week", weekly) {
		total += v
	}
	if total != 2 {
		t.Errorf("weekly deploy_frequency sums to %v deployments per week over the range; want 2 (one in each of two weeks)", total)
	}
}

func TestGitHubHealthResourcesAndBadToken(t *testing.T) {
	gh := startGitHubDouble(t)
	h := fresh(t, host.Options{Settings: githubSettings("tm-github-health", gh.URL, githubTestToken)})
	health, err := h.CheckHealth(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if health.Status != backend.HealthStatusError || !strings.Contains(health.Message, "cannot read acme/missing") {
		t.Errorf("CheckHealth = %v %q; want an error naming acme/missing", health.Status, health.Message)
	}
	res, err := h.CallResource(ctx(t), "GET", "sources/github/environments?repo=acme/api", nil)
	if err != nil || res.Code != 200 || !strings.Contains(string(res.Body), `"value":"production"`) {
		t.Errorf("GET sources/github/environments = %v %s (err %v); want production and staging", res.Code, res.Body, err)
	}

	bad := fresh(t, host.Options{Settings: githubSettings("tm-github-401", gh.URL, "ghp_wrongTokenWrongTokenWrongToken0000000")})
	r := queryAll(t, bad, q("A", `{"queryType":"metric","metric":"pr_cycle_time","bucket":"period"}`))["A"]
	wantErr(t, "A", r, backend.Status(401), backend.ErrorSourceDownstream, "github", "credentials")
	if r.Error != nil && strings.Contains(r.Error.Error(), "wrongToken") {
		t.Errorf("error message leaks the token: %q", r.Error)
	}
}
