package host

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"sync"

	"github.com/hashicorp/go-hclog"
)

// LineBuffer is a goroutine-safe writer that keeps everything written, split into lines on demand.
// If Tee is set, writes are copied there too.
type LineBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	Tee io.Writer
}

func (b *LineBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.Tee != nil {
		_, _ = b.Tee.Write(p)
	}
	return b.buf.Write(p)
}

// Lines returns the complete, non-empty lines written so far.
func (b *LineBuffer) Lines() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, l := range strings.Split(b.buf.String(), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// LogEntry is one line the host's hclog logger wrote (JSON format).
type LogEntry struct {
	Level   string         `json:"@level"`
	Message string         `json:"@message"`
	Module  string         `json:"@module"`
	Raw     string         `json:"-"`
	Fields  map[string]any `json:"-"`
}

// HostLog captures what go-plugin logs through the host logger, including every plugin stderr line
// it re-logs after parsing (hclog JSON lines keep their level; anything else lands at DEBUG).
type HostLog struct {
	Out    LineBuffer
	Logger hclog.Logger
}

// NewHostLog returns a Trace-level JSON hclog logger named like Grafana's plugin logger.
func NewHostLog(tee io.Writer) *HostLog {
	h := &HostLog{}
	h.Out.Tee = tee
	h.Logger = hclog.New(&hclog.LoggerOptions{
		Name:       "plugin." + PluginID,
		Level:      hclog.Trace,
		JSONFormat: true,
		Output:     &h.Out,
	})
	return h
}

// Entries parses every captured line.
func (h *HostLog) Entries() []LogEntry {
	var out []LogEntry
	for _, line := range h.Out.Lines() {
		var e LogEntry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			out = append(out, LogEntry{Level: "?", Message: line, Raw: line})
			continue
		}
		_ = json.Unmarshal([]byte(line), &e.Fields)
		e.Raw = line
		out = append(out, e)
	}
	return out
}

// PluginEntries returns only the entries go-plugin relayed from the plugin's stderr: their
// module is "<logger name>.<executable base name>".
func (h *HostLog) PluginEntries(exeBase string) []LogEntry {
	var out []LogEntry
	for _, e := range h.Entries() {
		if strings.HasSuffix(e.Module, "."+exeBase) {
			out = append(out, e)
		}
	}
	return out
}
