package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"teammetrics/grafanahost/internal/host"
)

// TestSecretsNeverLeave points every live source at one hostile double that answers 401 and echoes the
// credentials it received into its error text, then checks that no secret appears in any query response,
// notice, health message, resource body or plugin log line.
func TestSecretsNeverLeave(t *testing.T) {
	echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		creds := r.Header.Get("Authorization") + " " + r.URL.RawQuery
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		body, _ := json.Marshal(map[string]any{
			"message": "Bad credentials: " + creds,
			"errors":  []map[string]string{{"message": "rejected " + creds}},
			"status":  "error",
			"code":    "unauthorized",
		})
		_, _ = w.Write(body)
	}))
	t.Cleanup(echo.Close)

	key := string(testdataFile(t, "ga4", "service-account.json"))
	var keyFields map[string]string
	if err := json.Unmarshal([]byte(key), &keyFields); err != nil {
		t.Fatalf("service account key: %v", err)
	}
	secrets := map[string]string{
		"githubToken":          "ghp_LEAKCHECK_github_000000000001",
		"asanaToken":           "2/LEAKCHECK_asana_000000000002",
		"notionToken":          "ntn_LEAKCHECK_notion_000000000003",
		"hubspotToken":         "pat-na1-LEAKCHECK-hubspot-000000000004",
		"ga4ServiceAccountKey": key,
	}
	// What must never show: each token, and the distinctive parts of the service-account key.
	needles := []string{secrets["githubToken"], secrets["asanaToken"], secrets["notionToken"], secrets["hubspotToken"], keyFields["private_key_id"]}
	for _, line := range strings.Split(keyFields["private_key"], "\n") {
		if len(line) > 40 {
			needles = append(needles, line)
		}
	}

	s := host.DefaultSettings()
	s.UID = "tm-secrets"
	// The store is on: its sync runs meet the same hostile double, and their errors reach the sync status.
	s.JSONData = []byte(fmt.Sprintf(`{"timezone":"UTC","store":{"path":%q},
	  "github":{"enabled":true,"authType":"pat","baseUrl":%q,"repos":["acme/api"]},
	  "asana":{"enabled":true,"workspaceGid":"500","apiUrl":%q,"metricProjects":{"features_fully_scoped":{"projectGid":"1001","rule":"section","value":"Scoped"}}},
	  "notion":{"enabled":true,"apiUrl":%q,"prdDataSourceId":"prd","fsdDataSourceId":"fsd","statusProperty":"Status","doneValue":"Done"},
	  "ga4":{"enabled":true,"propertyId":"123","apiEndpoint":%q},
	  "hubspot":{"enabled":true,"basePath":%q}}`,
		t.TempDir(), echo.URL, echo.URL+"/api/1.0", echo.URL, strings.TrimPrefix(echo.URL, "http://"), echo.URL))
	s.Secure = secrets
	h := fresh(t, host.Options{Settings: s})

	var seen []string
	health, err := h.CheckHealth(ctx(t))
	if err != nil {
		t.Fatalf("CheckHealth: %v", err)
	}
	seen = append(seen, health.Message, string(health.JSONDetails))

	metric := func(ref, id string) string {
		return fmt.Sprintf(`{"refId":%q,"queryType":"metric","metric":%q,"bucket":"week"}`, ref, id)
	}
	resp := queryAll(t, h,
		q("GH", metric("GH", "deploy_frequency")),
		q("AS", metric("AS", "features_fully_scoped")),
		q("NO", metric("NO", "prds_generated")),
		q("GA", metric("GA", "web_sessions")),
		q("HS", metric("HS", "email_open_rate")),
		q("AN", `{"refId":"AN","queryType":"annotations"}`),
	)
	failed := 0
	for ref, r := range resp {
		if r.Error != nil {
			failed++
			seen = append(seen, r.Error.Error())
		}
		for _, f := range r.Frames {
			if f.Meta != nil {
				b, _ := json.Marshal(f.Meta)
				seen = append(seen, ref+": "+string(b))
			}
		}
	}
	if failed < 5 {
		t.Errorf("every live source talks to a 401 double, so its queries must fail; only %d of 6 failed", failed)
	}
	for _, path := range []string{"sources/github/labels?repo=acme/api", "sources/asana/projects", "sources/notion/data_sources", "sources/ga4/metadata", "sources/hubspot/campaigns", "options/repo"} {
		res, err := h.CallResource(ctx(t), "GET", path, nil)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		seen = append(seen, path+": "+string(res.Body))
	}
	syncFailures := 0
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		res, err := h.CallResource(ctx(t), "GET", "sync", nil)
		if err != nil {
			t.Fatalf("GET sync: %v", err)
		}
		syncFailures = strings.Count(string(res.Body), `"state":"failed"`)
		if syncFailures == 5 {
			seen = append(seen, "sync: "+string(res.Body))
			break
		}
	}
	if syncFailures != 5 {
		t.Errorf("each of the 5 live sources' syncs must fail against the 401 double and say so in GET sync; %d did", syncFailures)
	}
	seen = append(seen, h.Stderr.Lines()...)

	for _, text := range seen {
		for _, needle := range needles {
			if strings.Contains(text, needle) {
				t.Errorf("a secret left the plugin: %q found in %q", needle[:12]+"…", text)
			}
		}
	}
	if len(h.Stderr.Lines()) == 0 {
		t.Errorf("no plugin log lines captured; the check above would prove nothing")
	}
}
