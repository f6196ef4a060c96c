package e2e

import (
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"math"
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

const ga4Property = "123456789"

// testdataFile reads a fixture the jest tests of backend/sources/<provider> validate.
func testdataFile(t *testing.T, provider, name string) []byte {
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

// ga4Double answers the Data API's REST calls (runReport, getMetadata) from the committed fixtures. Only a
// request with a self-signed JWT from the test service account gets data; property 429429 is out of
// quota; any other property is not accessible (403), as the real API answers.
type ga4Double struct {
	*httptest.Server
	mu       sync.Mutex
	bodies   []map[string]any
	badAuths int
}

func startGA4Double(t *testing.T) *ga4Double {
	t.Helper()
	var key struct {
		PrivateKey  string `json:"private_key"`
		ClientEmail string `json:"client_email"`
	}
	if err := json.Unmarshal(testdataFile(t, "ga4", "service-account.json"), &key); err != nil {
		t.Fatal(err)
	}
	block, _ := pem.Decode([]byte(key.PrivateKey))
	parsed, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	public := &parsed.(*rsa.PrivateKey).PublicKey
	d := &ga4Double{}
	d.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=UTF-8")
		send := func(status int, name string) {
			w.WriteHeader(status)
			_, _ = w.Write(testdataFile(t, "ga4", name))
		}
		if !validJWT(r.Header.Get("Authorization"), public, key.ClientEmail) {
			d.mu.Lock()
			d.badAuths++
			d.mu.Unlock()
			send(401, "error401.json")
			return
		}
		switch {
		case r.Method == "POST" && r.URL.Path == "/v1beta/properties/"+ga4Property+":runReport":
			var body map[string]any
			raw, _ := io.ReadAll(r.Body)
			_ = json.Unmarshal(raw, &body)
			d.mu.Lock()
			d.bodies = append(d.bodies, body)
			d.mu.Unlock()
			if dims, _ := body["dimensions"].([]any); len(dims) == 0 {
				send(200, "healthReport.json")
				return
			}
			send(200, "runReport.json")
		case r.Method == "GET" && r.URL.Path == "/v1beta/properties/"+ga4Property+"/metadata":
			send(200, "metadata.json")
		case strings.HasPrefix(r.URL.Path, "/v1beta/properties/429429"):
			send(429, "error429.json")
		default:
			send(403, "error403.json")
		}
	}))
	t.Cleanup(d.Close)
	return d
}

// validJWT checks an RS256 bearer token signed by the test service account's key.
func validJWT(header string, key *rsa.PublicKey, issuer string) bool {
	parts := strings.Split(strings.TrimPrefix(header, "Bearer "), ".")
	if len(parts) != 3 {
		return false
	}
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return false
	}
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if rsa.VerifyPKCS1v15(key, crypto.SHA256, digest[:], sig) != nil {
		return false
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	var claims struct {
		Iss string `json:"iss"`
	}
	return err == nil && json.Unmarshal(payload, &claims) == nil && claims.Iss == issuer
}

func ga4Host(t *testing.T, d *ga4Double, property string) *host.Host {
	t.Helper()
	s := host.DefaultSettings()
	s.UID = "tm-ga4"
	s.JSONData = []byte(fmt.Sprintf(`{"store":{"mode":"off"},"timezone":"UTC","ga4":{"enabled":true,"propertyId":%q,"apiEndpoint":%q}}`, property, strings.TrimPrefix(d.URL, "http://")))
	s.Secure = map[string]string{"ga4ServiceAccountKey": string(testdataFile(t, "ga4", "service-account.json"))}
	return fresh(t, host.Options{Settings: s})
}

// dailyValues returns the single series of a day-bucketed metric as "YYYY-MM-DD" → value (nil = no data).
func dailyValues(t *testing.T, ref string, r backend.DataResponse) map[string]*float64 {
	t.Helper()
	out := map[string]*float64{}
	if !wantOK(t, ref, r) || len(r.Frames) != 1 || len(r.Frames[0].Fields) != 2 {
		t.Fatalf("%s: want one [time, value] frame, got %d frame(s); error %v", ref, len(r.Frames), r.Error)
	}
	f := r.Frames[0]
	for i := 0; i < f.Rows(); i++ {
		at := f.Fields[0].At(i).(time.Time)
		v, ok := f.Fields[1].At(i).(*float64)
		if !ok {
			t.Fatalf("%s: value field is %s, want nullable float64", ref, f.Fields[1].Type())
		}
		out[at.UTC().Format("2006-01-02")] = v
	}
	return out
}

func wantDay(t *testing.T, what string, got map[string]*float64, day string, want *float64) {
	t.Helper()
	v, ok := got[day]
	switch {
	case !ok:
		t.Errorf("%s: no bucket for %s", what, day)
	case want == nil && v != nil:
		t.Errorf("%s on %s = %v, want null (no data)", what, day, *v)
	case want != nil && (v == nil || math.Abs(*v-*want) > 1e-9):
		t.Errorf("%s on %s = %v, want %v", what, day, fmtPtr(v), *want)
	}
}

func fmtPtr(v *float64) string {
	if v == nil {
		return "null"
	}
	return fmt.Sprint(*v)
}

func num(x float64) *float64 { return &x }

func TestGA4MarketingMetricsEndToEnd(t *testing.T) {
	d := startGA4Double(t)
	h := ga4Host(t, d, ga4Property)
	metric := func(ref, id string) host.Query {
		return q(ref, fmt.Sprintf(`{"queryType":"metric","metric":%q,"bucket":"day"}`, id))
	}
	resp := queryAll(t, h, metric("S", "web_sessions"), metric("U", "web_users"), metric("V", "web_pageviews"), metric("D", "web_avg_session_duration"), metric("P", "web_pages_per_session"))
	// Fixture rows (property time zone America/Los_Angeles: days start 08:00 UTC): 11-10 desktop 100 sessions/80 users/
	// 300 views/120 s + mobile 50/45/100/60 s; 11-11 desktop 200/150/500/90 s + mobile 100/90/150/30 s.
	want := map[string][2]*float64{
		"S": {num(150), num(300)},
		"U": {num(125), num(240)},
		"V": {num(400), num(650)},
		"D": {num(100), num(70)},
		"P": {num(400.0 / 150), num(650.0 / 300)},
	}
	for ref, w := range want {
		got := dailyValues(t, ref, resp[ref])
		wantDay(t, ref, got, "2026-11-10", w[0])
		wantDay(t, ref, got, "2026-11-11", w[1])
	}
	wantDay(t, "S", dailyValues(t, "S", resp["S"]), "2026-11-12", num(0))
	wantDay(t, "D", dailyValues(t, "D", resp["D"]), "2026-11-12", nil)

	meta := resp["S"].Frames[0].Meta
	sampled := false
	for _, n := range meta.Notices {
		if n.Severity == data.NoticeSeverityWarning && strings.Contains(n.Text, "GA4 report is sampled") && strings.Contains(n.Text, "25%") {
			sampled = true
		}
	}
	if !sampled {
		t.Errorf("frame meta notices %+v: want the GA4 sampling warning", meta.Notices)
	}
	custom, _ := json.Marshal(meta.Custom)
	for _, part := range []string{`"ga4":{`, `"sampled":true`, `"tokensPerHour":{"consumed":12,"remaining":39964}`, `"timeZone":"America/Los_Angeles"`} {
		if !strings.Contains(string(custom), part) {
			t.Errorf("frame meta custom %s: want %s (GA4 quota state and sampling)", custom, part)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.bodies) != 1 || d.badAuths != 0 {
		t.Fatalf("double saw %d runReport calls and %d bad JWTs; want 1 call (cached, coalesced across the 5 queries) and none", len(d.bodies), d.badAuths)
	}
	ranges, _ := json.Marshal(d.bodies[0]["dateRanges"])
	if string(ranges) != `[{"endDate":"2026-11-25","startDate":"2026-10-27"}]` || d.bodies[0]["returnPropertyQuota"] != true {
		t.Errorf("runReport body %v: want the dashboard range as dates and returnPropertyQuota", d.bodies[0])
	}
}

func TestGA4HealthAndMetadataResource(t *testing.T) {
	d := startGA4Double(t)
	h := ga4Host(t, d, ga4Property)
	res, err := h.CheckHealth(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != backend.HealthStatusOk || !strings.Contains(res.Message, "GA4: property 123456789 reachable") {
		t.Errorf("CheckHealth = %v %q; want OK naming the property", res.Status, res.Message)
	}
	meta, err := h.CallResource(ctx(t), "GET", "sources/ga4/metadata", nil)
	if err != nil || meta.Code != 200 {
		t.Fatalf("GET sources/ga4/metadata: %v %v", meta, err)
	}
	var body struct {
		Metrics []struct {
			APIName string `json:"apiName"`
		} `json:"metrics"`
	}
	if err := json.Unmarshal(meta.Body, &body); err != nil || len(body.Metrics) != 5 || body.Metrics[0].APIName != "sessions" {
		t.Errorf("metadata body %s: want the 5 metrics of the fixture", meta.Body)
	}
}

func TestGA4ErrorsAreActionable(t *testing.T) {
	d := startGA4Double(t)
	for _, c := range []struct {
		property string
		status   backend.Status
		parts    []string
	}{
		{"777", 403, []string{"cannot read property 777", "Viewer"}},
		{"429429", 429, []string{"GA4 quota exhausted for this hour; resets at", "UTC"}},
	} {
		h := ga4Host(t, d, c.property)
		r := queryAll(t, h, q("E", `{"queryType":"metric","metric":"web_sessions","bucket":"day"}`))["E"]
		wantErr(t, "E/"+c.property, r, c.status, backend.ErrorSourceDownstream, c.parts...)
		if r.Error != nil && strings.Contains(r.Error.Error(), "PRIVATE KEY") {
			t.Errorf("error leaks the key: %v", r.Error)
		}
		health, err := h.CheckHealth(ctx(t))
		if err != nil || health.Status != backend.HealthStatusError || !strings.Contains(health.Message, c.parts[0]) {
			t.Errorf("CheckHealth for property %s = %v %q; want an error line saying %q", c.property, health.Status, health.Message, c.parts[0])
		}
	}
}
