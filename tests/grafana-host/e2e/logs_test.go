package e2e

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"teammetrics/grafanahost/internal/host"
)

var hclogTimestamp = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}(Z|[+-]\d\d:\d\d)$`)

// Every stderr line must be an hclog JSON line so go-plugin relays it at its real level.
func TestStderrIsHclogJSON(t *testing.T) {
	h := fresh(t, host.Options{})
	if _, err := h.CheckHealth(ctx(t)); err != nil {
		t.Fatal(err)
	}
	lines := h.Stderr.Lines()
	if len(lines) == 0 {
		t.Fatalf("plugin wrote nothing to stderr; want at least a startup log line")
	}
	for i, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Errorf("stderr line %d is not JSON (go-plugin logs it raw at DEBUG, invisible in Grafana): %q", i, line)
			continue
		}
		for _, k := range []string{"@level", "@message", "@timestamp"} {
			if _, ok := m[k].(string); !ok {
				t.Errorf("stderr line %d lacks string %q: %q", i, k, line)
			}
		}
		if ts, _ := m["@timestamp"].(string); ts != "" && !hclogTimestamp.MatchString(ts) {
			t.Errorf("stderr line %d @timestamp %q must have exactly 6 fractional digits (go-plugin layout 2006-01-02T15:04:05.000000Z07:00), else the line is logged raw", i, ts)
		}
		if lv, _ := m["@level"].(string); lv != "" && !strings.Contains("trace debug info warn error", lv) {
			t.Errorf("stderr line %d @level %q is not an hclog level (trace, debug, info, warn, error)", i, lv)
		}
	}
}

// What the host logger received: at least one INFO entry parsed from the plugin's JSON, with the
// plugin's timestamp carried over, and no JSON line relayed raw at DEBUG (= parse failure).
func TestPluginLogsParsedByGoPlugin(t *testing.T) {
	h := fresh(t, host.Options{})
	deadline := time.Now().Add(2 * time.Second)
	var info int
	for time.Now().Before(deadline) {
		info = 0
		for _, e := range h.Log.PluginEntries(h.ExeBase()) {
			if e.Level == "info" && !strings.HasPrefix(e.Message, "{") {
				info++
			}
		}
		if info > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	entries := h.Log.PluginEntries(h.ExeBase())
	if info == 0 {
		t.Errorf("no INFO entry relayed from the plugin's stderr; go-plugin saw %d plugin entries:\n%s", len(entries), dump(entries, 10))
	}
	for _, e := range entries {
		if strings.HasPrefix(strings.TrimSpace(e.Message), "{") {
			t.Errorf("go-plugin could not parse a plugin JSON line (relayed raw at %s): %.300s", e.Level, e.Message)
		}
		if ts, _ := e.Fields["timestamp"].(string); strings.HasPrefix(ts, "0001-") {
			t.Errorf("plugin entry %q has no @timestamp (go-plugin substituted the zero time)", e.Message)
		}
	}
}

func dump(entries []host.LogEntry, n int) string {
	var b strings.Builder
	for i, e := range entries {
		if i == n {
			break
		}
		b.WriteString("  " + e.Raw + "\n")
	}
	return b.String()
}
