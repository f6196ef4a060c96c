package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"

	"teammetrics/grafanahost/internal/host"
)

const (
	hubspotToken      = "pat-na1-00000000-0000-4000-8000-000000000000"
	hubspotDailyToken = "pat-na1-daily-limit-reached"
)

// hubspotDouble answers HubSpot's marketing email statistics endpoints from the committed fixtures: the DAY
// histogram keeps the intervals starting inside [startTimestamp, endTimestamp), like the real API. The
// "daily" token has used up its daily limit; any other unknown token is rejected.
type hubspotDouble struct {
	*httptest.Server
	mu       sync.Mutex
	requests []string
	// delay is added to every answer (store tests kill the plugin in the middle of a sync).
	delay time.Duration
}

func startHubSpotDouble(t *testing.T) *hubspotDouble {
	t.Helper()
	d := &hubspotDouble{}
	d.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		d.requests = append(d.requests, r.URL.Path+"?"+r.URL.RawQuery)
		delay := d.delay
		d.mu.Unlock()
		time.Sleep(delay)
		w.Header().Set("Content-Type", "application/json;charset=utf-8")
		send := func(status int, body []byte) {
			w.WriteHeader(status)
			_, _ = w.Write(body)
		}
		switch r.Header.Get("Authorization") {
		case "Bearer " + hubspotToken:
		case "Bearer " + hubspotDailyToken:
			send(429, testdataFile(t, "hubspot", "error429Daily.json"))
			return
		default:
			send(401, testdataFile(t, "hubspot", "error401.json"))
			return
		}
		switch r.URL.Path {
		case "/marketing/v3/emails/statistics/histogram":
			send(200, histogramBetween(t, r.URL.Query().Get("startTimestamp"), r.URL.Query().Get("endTimestamp")))
		case "/marketing/v3/emails/statistics/list":
			send(200, testdataFile(t, "hubspot", "emailsList.json"))
		default:
			send(404, []byte(`{"status":"error","message":"Not found","correlationId":"x","category":"OBJECT_NOT_FOUND"}`))
		}
	}))
	t.Cleanup(d.Close)
	return d
}

func histogramBetween(t *testing.T, from, to string) []byte {
	var all struct {
		Results []struct {
			Interval struct {
				Start time.Time `json:"start"`
			} `json:"interval"`
		} `json:"results"`
	}
	var raw struct {
		Results []json.RawMessage `json:"results"`
	}
	file := testdataFile(t, "hubspot", "histogram.json")
	if json.Unmarshal(file, &all) != nil || json.Unmarshal(file, &raw) != nil {
		t.Fatal("histogram.json is not JSON")
	}
	start, err1 := time.Parse(time.RFC3339, from)
	end, err2 := time.Parse(time.RFC3339, to)
	kept := []json.RawMessage{}
	for i, r := range all.Results {
		if (err1 != nil || !r.Interval.Start.Before(start)) && (err2 != nil || r.Interval.Start.Before(end)) {
			kept = append(kept, raw.Results[i])
		}
	}
	out, _ := json.Marshal(map[string]any{"total": len(kept), "results": kept})
	return out
}

func hubspotHost(t *testing.T, d *hubspotDouble, token, extra string) *host.Host {
	t.Helper()
	s := host.DefaultSettings()
	s.UID = "tm-hubspot"
	s.JSONData = []byte(fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"UTC","hubspot":{"enabled":true,"basePath":%q%s}}`, d.URL, extra))
	s.Secure = map[string]string{"hubspotToken": token}
	return fresh(t, host.Options{Settings: s})
}

func TestHubSpotEmailMetricsEndToEnd(t *testing.T) {
	d := startHubSpotDouble(t)
	h := hubspotHost(t, d, hubspotToken, "")
	metric := func(ref, id string) host.Query {
		return q(ref, fmt.Sprintf(`{"queryType":"metric","metric":%q,"bucket":"day"}`, id))
	}
	resp := queryAll(t, h, metric("O", "email_open_rate"), metric("C", "email_click_rate"))
	// Fixture days: 11-10 sent 1000 / delivered 980 / 294 opens / 49 clicks; 11-11 sent 40, all bounced (0
	// delivered); 11-12 sent 500 / delivered 500 / 100 opens / 10 clicks.
	opens := dailyValues(t, "O", resp["O"])
	wantDay(t, "email_open_rate", opens, "2026-11-10", num(0.3))
	wantDay(t, "email_open_rate", opens, "2026-11-11", nil)
	wantDay(t, "email_open_rate", opens, "2026-11-12", num(0.2))
	wantDay(t, "email_open_rate", opens, "2026-11-13", nil)
	clicks := dailyValues(t, "C", resp["C"])
	wantDay(t, "email_click_rate", clicks, "2026-11-10", num(0.05))
	wantDay(t, "email_click_rate", clicks, "2026-11-11", nil)
	wantDay(t, "email_click_rate", clicks, "2026-11-12", num(0.02))

	d.mu.Lock()
	histograms := 0
	for _, r := range d.requests {
		if strings.HasPrefix(r, "/marketing/v3/emails/statistics/histogram?") {
			histograms++
			if !strings.Contains(r, "interval=DAY") || !strings.Contains(r, "startTimestamp=2026-10-27T00%3A00%3A00.000Z") {
				t.Errorf("histogram request %s: want interval=DAY from the dashboard range start", r)
			}
		}
	}
	d.mu.Unlock()
	if histograms != 1 {
		t.Errorf("double saw %d histogram requests for two queries over the same range; want 1 (cached/coalesced)", histograms)
	}
}

func TestHubSpotOpenRateOverSent(t *testing.T) {
	d := startHubSpotDouble(t)
	h := hubspotHost(t, d, hubspotToken, `,"openRateDenominator":"sent"`)
	opens := dailyValues(t, "O", queryAll(t, h, q("O", `{"queryType":"metric","metric":"email_open_rate","bucket":"day"}`))["O"])
	wantDay(t, "email_open_rate (÷ sent)", opens, "2026-11-10", num(0.294))
	wantDay(t, "email_open_rate (÷ sent)", opens, "2026-11-11", num(0))
	wantDay(t, "email_open_rate (÷ sent)", opens, "2026-11-12", num(0.2))
}

func TestHubSpotHealthCampaignsAndErrors(t *testing.T) {
	d := startHubSpotDouble(t)
	h := hubspotHost(t, d, hubspotToken, "")
	res, err := h.CheckHealth(ctx(t))
	if err != nil || res.Status != backend.HealthStatusOk || !strings.Contains(res.Message, "HubSpot: marketing email statistics readable") {
		t.Errorf("CheckHealth = %v %q (err %v); want OK", res.Status, res.Message, err)
	}
	camp, err := h.CallResource(ctx(t), "GET", "sources/hubspot/campaigns", nil)
	if err != nil || camp.Code != 200 || !strings.Contains(string(camp.Body), `"campaigns":[{"id":"5f1c1d0e-0000-4000-8000-00000000000a","sent":1000`) {
		t.Errorf("GET sources/hubspot/campaigns = %v %s (err %v); want the fixture's campaigns", camp.Code, camp.Body, err)
	}

	for _, c := range []struct {
		token  string
		status backend.Status
		parts  []string
	}{
		{"pat-na1-wrong", 401, []string{"HubSpot rejected the private app token"}},
		{hubspotDailyToken, 429, []string{"HubSpot daily API limit reached", "resets at midnight"}},
	} {
		hb := hubspotHost(t, d, c.token, "")
		r := queryAll(t, hb, q("E", `{"queryType":"metric","metric":"email_open_rate","bucket":"day"}`))["E"]
		wantErr(t, "E", r, c.status, backend.ErrorSourceDownstream, c.parts...)
		if r.Error != nil && strings.Contains(r.Error.Error(), c.token) {
			t.Errorf("error leaks the token: %v", r.Error)
		}
		health, err := hb.CheckHealth(ctx(t))
		if err != nil || health.Status != backend.HealthStatusError || !strings.Contains(health.Message, c.parts[0]) {
			t.Errorf("CheckHealth with token %s = %v %q; want an error line saying %q", c.token, health.Status, health.Message, c.parts[0])
		}
	}
}
