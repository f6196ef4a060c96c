package e2e

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"syscall"
	"testing"
	"time"

	"teammetrics/grafanahost/internal/host"
)

// syncView is the part of GET sync (common/syncStatus.ts) these tests read.
type syncView struct {
	Store struct {
		Mode  string `json:"mode"`
		Error string `json:"error"`
	} `json:"store"`
	Sources []struct {
		Source           string         `json:"source"`
		State            string         `json:"state"`
		Progress         *float64       `json:"progress"`
		LastSuccessAt    string         `json:"lastSuccessAt"`
		LastError        string         `json:"lastError"`
		RequestsLastHour int            `json:"requestsLastHour"`
		Counts           map[string]int `json:"counts"`
	} `json:"sources"`
}

func syncStatus(t *testing.T, h *host.Host) syncView {
	t.Helper()
	res, err := h.CallResource(ctx(t), "GET", "sync", nil)
	if err != nil || res.Code != 200 {
		t.Fatalf("GET sync: %v %v", err, res)
	}
	var v syncView
	if err := json.Unmarshal(res.Body, &v); err != nil {
		t.Fatalf("GET sync body %s: %v", res.Body, err)
	}
	return v
}

// waitSync polls GET sync until done says so, or fails after the timeout.
func waitSync(t *testing.T, h *host.Host, timeout time.Duration, what string, done func(syncView) bool) syncView {
	t.Helper()
	var last syncView
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		last = syncStatus(t, h)
		if done(last) {
			return last
		}
	}
	t.Fatalf("waited %s for %s; last sync status %+v; stderr:\n%s", timeout, what, last, h.StderrTail(20))
	return last
}

func hubspotState(v syncView) string {
	if len(v.Sources) != 1 {
		return ""
	}
	return v.Sources[0].State
}

func hubspotStoreSettings(uid string, d *hubspotDouble, store string) *host.Settings {
	s := host.DefaultSettings()
	s.UID = uid
	s.JSONData = []byte(fmt.Sprintf(`{"timezone":"UTC","store":%s,"hubspot":{"enabled":true,"basePath":%q}}`, store, d.URL))
	s.Secure = map[string]string{"hubspotToken": hubspotToken}
	return s
}

func (d *hubspotDouble) count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.requests)
}

// openRates is the daily email_open_rate series and the store state the frame's meta reports for HubSpot.
func openRates(t *testing.T, h *host.Host) (map[string]*float64, string) {
	t.Helper()
	r := queryAll(t, h, q("O", `{"queryType":"metric","metric":"email_open_rate","bucket":"day"}`))["O"]
	if !wantOK(t, "O", r) {
		return nil, ""
	}
	state := ""
	if m := r.Frames[0].Meta; m != nil {
		b, _ := json.Marshal(m.Custom)
		var custom struct {
			Sources map[string]struct {
				Store struct {
					State string `json:"state"`
				} `json:"store"`
			} `json:"sources"`
		}
		_ = json.Unmarshal(b, &custom)
		state = custom.Sources["hubspot"].Store.State
	}
	return dailyValues(t, "O", r), state
}

// A plugin killed with SIGKILL in the middle of its first sync leaves a consistent store; the next process
// resumes from the last committed batch (fewer requests than a whole backfill) and answers from the store with
// the numbers an on-demand query gives.
func TestStoreSurvivesKillMidSyncAndResumes(t *testing.T) {
	d := startHubSpotDouble(t)

	// Reference: a whole backfill into an empty store, and the on-demand answer.
	ref := fresh(t, host.Options{Settings: hubspotStoreSettings("tm-store-ref", d, fmt.Sprintf(`{"path":%q}`, t.TempDir()))})
	waitSync(t, ref, 30*time.Second, "the reference backfill", func(v syncView) bool { return hubspotState(v) == "ok" })
	fullBackfill := d.count()
	refRates, refState := openRates(t, ref)
	if refState != "ok" {
		t.Errorf("after its backfill, the reference plugin must answer from the store (meta store state ok), got %q", refState)
	}
	onDemand, _ := openRates(t, fresh(t, host.Options{Settings: hubspotStoreSettings("tm-store-off", d, `{"mode":"off"}`)}))
	if !reflect.DeepEqual(refRates, onDemand) {
		t.Errorf("numbers from the store differ from on-demand fetching:\nstore     %v\non-demand %v", refRates, onDemand)
	}
	if fullBackfill < 3 {
		t.Fatalf("a 180-day HubSpot backfill took %d requests; need several batches to kill one in the middle", fullBackfill)
	}

	dir := t.TempDir()
	d.mu.Lock()
	d.delay = 300 * time.Millisecond
	d.mu.Unlock()
	before := d.count()
	a := fresh(t, host.Options{Settings: hubspotStoreSettings("tm-store-kill", d, fmt.Sprintf(`{"path":%q}`, dir))})
	waitSync(t, a, 30*time.Second, "a committed batch of the first backfill", func(v syncView) bool {
		return hubspotState(v) == "backfilling" && v.Sources[0].Progress != nil && *v.Sources[0].Progress > 0
	})
	if err := syscall.Kill(a.Pid(), syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9: %v", err)
	}
	for deadline := time.Now().Add(5 * time.Second); a.Alive() && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
	}
	killed := d.count() - before

	d.mu.Lock()
	d.delay = 0
	d.mu.Unlock()
	before = d.count()
	b := fresh(t, host.Options{Settings: hubspotStoreSettings("tm-store-kill", d, fmt.Sprintf(`{"path":%q}`, dir))})
	v := waitSync(t, b, 30*time.Second, "the resumed backfill", func(v syncView) bool { return hubspotState(v) == "ok" })
	resumed := d.count() - before
	t.Logf("whole backfill %d requests; killed after %d; the next process needed %d", fullBackfill, killed, resumed)
	if resumed >= fullBackfill {
		t.Errorf("the restarted plugin made %d requests, a whole backfill takes %d: it did not resume from the committed batches", resumed, fullBackfill)
	}
	if v.Sources[0].Counts["emailStats"] == 0 {
		t.Errorf("resumed store holds no email stats: %+v", v.Sources[0])
	}
	rates, state := openRates(t, b)
	if state != "ok" {
		t.Errorf("the resumed plugin must answer from the store, meta store state %q", state)
	}
	if !reflect.DeepEqual(rates, refRates) {
		t.Errorf("after kill -9 and resume the numbers differ from an uninterrupted backfill:\nresumed %v\nwhole   %v", rates, refRates)
	}

	// "Sync now" from the config editor: POST sync/<source> starts an incremental run at once.
	before = d.count()
	res, err := b.CallResource(ctx(t), "POST", "sync/hubspot", nil)
	if err != nil || res.Code != 202 {
		t.Fatalf("POST sync/hubspot: %v %+v", err, res)
	}
	waitSync(t, b, 30*time.Second, "the manual sync", func(v syncView) bool { return hubspotState(v) == "ok" && d.count() > before })
	if n := d.count() - before; n == 0 || n >= fullBackfill {
		t.Errorf("a manual incremental sync made %d requests; want some, and fewer than a backfill (%d)", n, fullBackfill)
	}
	res, err = b.CallResource(ctx(t), "POST", "sync/github", nil)
	if err != nil || res.Code != 409 {
		t.Errorf("POST sync/github on a data source without GitHub: want 409, got %v %+v", err, res)
	}
}

// Two plugin processes (two Grafana instances) on one PostgreSQL store: one syncs, the other waits on the
// advisory lock, and both answer from the store.
func TestStorePostgresTwoInstancesOneSyncs(t *testing.T) {
	url := os.Getenv("TEAMMETRICS_TEST_PG_URL")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("TEAMMETRICS_TEST_PG_URL is not set; .ci/run starts PostgreSQL and must export it")
		}
		t.Skip("TEAMMETRICS_TEST_PG_URL not set (no local PostgreSQL)")
	}
	d := startHubSpotDouble(t)
	d.mu.Lock()
	d.delay = 400 * time.Millisecond // the backfill takes seconds: the second instance starts while the first syncs
	d.mu.Unlock()
	uid := fmt.Sprintf("tm-ha-%d", rand.Int63())
	settings := func() *host.Settings {
		s := hubspotStoreSettings(uid, d, `{"mode":"postgres"}`)
		s.Secure["storePostgresUrl"] = url
		return s
	}
	// A plugin builds a data source's instance (and starts its syncs) on the first call that carries its settings.
	first := fresh(t, host.Options{Settings: settings()})
	syncStatus(t, first)
	for deadline := time.Now().Add(10 * time.Second); d.count() == 0 && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
	}
	if d.count() == 0 {
		t.Fatalf("the first instance did not start its backfill; stderr:\n%s", first.StderrTail(20))
	}
	hosts := []*host.Host{first, fresh(t, host.Options{Settings: settings()})}
	waitSync(t, hosts[1], 10*time.Second, "the second instance to find the source locked", func(v syncView) bool { return hubspotState(v) == "synced_elsewhere" })
	views := make([]syncView, len(hosts))
	for i, h := range hosts {
		views[i] = waitSync(t, h, 40*time.Second, "the shared store's backfill", func(v syncView) bool {
			s := hubspotState(v)
			return (s == "ok" || s == "synced_elsewhere") && v.Store.Mode == "postgres"
		})
	}
	syncing := 0
	for i, v := range views {
		if v.Sources[0].RequestsLastHour > 0 {
			syncing++
		}
		t.Logf("instance %d: state %s, %d requests", i, v.Sources[0].State, v.Sources[0].RequestsLastHour)
	}
	if syncing != 1 {
		t.Errorf("exactly one instance must sync the shared store; %d made requests: %+v", syncing, views)
	}
	var firstRates map[string]*float64
	for i, h := range hosts {
		before := d.count()
		rates, state := openRates(t, h)
		if state != "ok" && state != "synced_elsewhere" {
			t.Errorf("instance %d must answer from the shared store; meta store state %q", i, state)
		}
		if d.count() != before {
			t.Errorf("instance %d called HubSpot for a query although the store holds the data", i)
		}
		if i == 0 {
			firstRates = rates
		} else if !reflect.DeepEqual(rates, firstRates) {
			t.Errorf("the two instances answer differently from one store:\n%v\n%v", firstRates, rates)
		}
	}
}
