package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/backend"

	"teammetrics/grafanahost/internal/host"
)

func startNotionDouble(t *testing.T) *apiDouble {
	return startAPIDouble(t, "notion", "notion-double.json", notionTestToken, `{"object":"error","status":401,"code":"unauthorized","message":"API token is invalid."}`, func(r *http.Request, body []byte) string {
		key := r.Method + " " + r.URL.Path
		var query struct {
			StartCursor string `json:"start_cursor"`
		}
		if len(body) > 0 && json.Unmarshal(body, &query) == nil && query.StartCursor != "" {
			key += "?start_cursor=" + query.StartCursor
		}
		return key
	}, nil)
}

func notionJSON(apiURL, fsd string) string {
	return fmt.Sprintf(`{"enabled":true,"apiUrl":%q,"prdDataSourceId":%q,"fsdDataSourceId":%q,"statusProperty":"Status","doneValue":"Done","completedDateProperty":"Completed"}`, apiURL, notionPRD, fsd)
}

// TestNotionDocumentsEndToEnd: Notion alone (no Asana) → PRDs and FSDs per Berlin month.
func TestNotionDocumentsEndToEnd(t *testing.T) {
	notion := startNotionDouble(t)
	jsonData := fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"Europe/Berlin","notion":%s}`, notionJSON(notion.URL, notionFSD))
	h := fresh(t, host.Options{Settings: liveSettings("tm-notion", jsonData, map[string]string{"notionToken": notionTestToken})})
	for _, c := range []struct {
		metric       string
		october, nov float64
	}{{"prds_generated", 1, 1}, {"fsds_generated", 1, 1}} {
		r := queryAll(t, h, berlinQuery("A", c.metric, "month"))["A"]
		if got := seriesValues(t, c.metric, r); got[octBerlin] != c.october || got[novBerlin] != c.nov {
			t.Errorf("%s from Notion alone = %v; want Oct %v, Nov %v", c.metric, got, c.october, c.nov)
		}
	}
	if notion.count("POST /v1/data_sources/"+notionFSD+"/query?start_cursor=cursor-fsd-2") == 0 {
		t.Errorf("the FSD query's second page (cursor) was never asked for")
	}
	health, err := h.CheckHealth(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if health.Status != backend.HealthStatusOk {
		t.Errorf("CheckHealth = %v %q; want OK", health.Status, health.Message)
	}
}

func TestNotionPartialFailureAndUnknownProperty(t *testing.T) {
	notion := startNotionDouble(t)
	jsonData := fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"Europe/Berlin","notion":%s}`, notionJSON(notion.URL, "ds-missing"))
	h := fresh(t, host.Options{Settings: liveSettings("tm-notion-partial", jsonData, map[string]string{"notionToken": notionTestToken})})
	r := queryAll(t, h, berlinQuery("A", "prds_generated", "month"))["A"]
	if got := seriesValues(t, "prds_generated", r); got[octBerlin] != 1 || got[novBerlin] != 1 {
		t.Errorf("prds_generated with the FSD data source missing = %v; want 1 and 1", got)
	}
	if n := noticesText(r); !strings.Contains(n, "FSD data source (ds-missing)") {
		t.Errorf("notices %q: want a warning naming the FSD data source", n)
	}

	h.Settings = liveSettings("tm-notion-partial", strings.Replace(jsonData, `"statusProperty":"Status"`, `"statusProperty":"State"`, 1), map[string]string{"notionToken": notionTestToken})
	h.Settings.LastUpdatedMS += 60_000
	r = queryAll(t, h, berlinQuery("B", "prds_generated", "month"))["B"]
	wantErr(t, "B", r, backend.Status(400), backend.ErrorSourceDownstream, `property "State"`)
}
