// Package host starts the Team Metrics plugin executable exactly the way Grafana does
// (go-plugin client, GF_* env, magic cookie, protocol v2, gRPC only, host env skipped)
// and exposes typed helpers for the pluginv2 calls.
package host

import (
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend/grpcplugin"
	goplugin "github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"
)

// Options configures Start. Zero values mean "like Grafana".
type Options struct {
	// Exe is the plugin executable; empty means ResolveExecutable("").
	Exe string
	// ExtraEnv is appended to GrafanaEnv() (GF_PLUGIN_* settings).
	ExtraEnv []string
	// LogTee, if set, also receives the host logger's JSON lines (e.g. os.Stderr for -v runs).
	LogTee io.Writer
	// Settings is the data source instance; nil means DefaultSettings().
	Settings *Settings
}

// Host is one running plugin process plus its dispensed clients.
type Host struct {
	Exe       string
	Client    *goplugin.Client
	Cmd       *exec.Cmd
	RPC       goplugin.ClientProtocol
	Conn      *grpc.ClientConn
	Data      grpcplugin.DataClient
	Diag      grpcplugin.DiagnosticsClient
	Resource  grpcplugin.ResourceClient
	Log       *HostLog
	Stderr    *LineBuffer
	Settings  *Settings
	StartedIn time.Duration // spawn → handshake parsed → gRPC connection ready
}

// Handshake returns the handshake config Grafana uses (SDK grpcplugin constants).
func Handshake() goplugin.HandshakeConfig {
	return goplugin.HandshakeConfig{
		ProtocolVersion:  grpcplugin.ProtocolVersion,
		MagicCookieKey:   grpcplugin.MagicCookieKey,
		MagicCookieValue: grpcplugin.MagicCookieValue,
	}
}

// PluginSet is the set Grafana registers for a data source under protocol version 2.
func PluginSet() map[int]goplugin.PluginSet {
	return map[int]goplugin.PluginSet{
		grpcplugin.ProtocolVersion: {
			"diagnostics": &grpcplugin.DiagnosticsGRPCPlugin{},
			"resource":    &grpcplugin.ResourceGRPCPlugin{},
			"data":        &grpcplugin.DataGRPCPlugin{},
			"stream":      &grpcplugin.StreamGRPCPlugin{},
		},
	}
}

// Start spawns the plugin, completes the go-plugin handshake and dispenses the clients.
// On any error the process is killed.
func Start(opts Options) (*Host, error) {
	exe, err := ResolveExecutable(opts.Exe)
	if err != nil {
		return nil, err
	}
	settings := opts.Settings
	if settings == nil {
		settings = DefaultSettings()
	}
	h := &Host{Exe: exe, Log: NewHostLog(opts.LogTee), Stderr: &LineBuffer{}, Settings: settings}
	h.Cmd = exec.Command(exe)
	h.Cmd.Env = GrafanaEnv(opts.ExtraEnv...)

	began := time.Now()
	h.Client = goplugin.NewClient(&goplugin.ClientConfig{
		Cmd:              h.Cmd,
		HandshakeConfig:  Handshake(),
		VersionedPlugins: PluginSet(),
		AllowedProtocols: []goplugin.Protocol{goplugin.ProtocolGRPC},
		SkipHostEnv:      true,
		Logger:           h.Log.Logger,
		Stderr:           h.Stderr,
	})
	if h.RPC, err = h.Client.Client(); err != nil {
		h.Client.Kill()
		return nil, fmt.Errorf("go-plugin handshake with %s failed: %w\nplugin stderr:\n%s", exe, err, tail(h.Stderr.Lines(), 20))
	}
	h.StartedIn = time.Since(began)
	if err := h.dispense(); err != nil {
		h.Client.Kill()
		return nil, err
	}
	return h, nil
}

func (h *Host) dispense() error {
	if v := h.Client.NegotiatedVersion(); v != grpcplugin.ProtocolVersion {
		return fmt.Errorf("negotiated protocol version = %d, want %d (Grafana rejects < 2)", v, grpcplugin.ProtocolVersion)
	}
	gc, ok := h.RPC.(*goplugin.GRPCClient)
	if !ok {
		return fmt.Errorf("rpc client is %T, want *plugin.GRPCClient (protocol must be grpc)", h.RPC)
	}
	h.Conn = gc.Conn
	for name, dst := range map[string]any{"data": &h.Data, "diagnostics": &h.Diag, "resource": &h.Resource} {
		raw, err := h.RPC.Dispense(name)
		if err != nil {
			return fmt.Errorf("dispense %q: %w", name, err)
		}
		switch d := dst.(type) {
		case *grpcplugin.DataClient:
			*d = raw.(grpcplugin.DataClient)
		case *grpcplugin.DiagnosticsClient:
			*d = raw.(grpcplugin.DiagnosticsClient)
		case *grpcplugin.ResourceClient:
			*d = raw.(grpcplugin.ResourceClient)
		}
	}
	return nil
}

// Pid is the plugin process id (what client.ReattachConfig().Pid reports).
func (h *Host) Pid() int {
	if rc := h.Client.ReattachConfig(); rc != nil && rc.Pid != 0 {
		return rc.Pid
	}
	if h.Cmd.Process != nil {
		return h.Cmd.Process.Pid
	}
	return 0
}

// ExeBase is the executable's base name, the suffix of the plugin's log module.
func (h *Host) ExeBase() string { return filepath.Base(h.Exe) }

// Alive reports whether the plugin process is still running according to go-plugin.
func (h *Host) Alive() bool { return !h.Client.Exited() }

func tail(lines []string, n int) string {
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	out := ""
	for _, l := range lines {
		out += "  " + l + "\n"
	}
	if out == "" {
		out = "  (nothing)\n"
	}
	return out
}

// StderrTail returns the last n plugin stderr lines, indented, for failure messages.
func (h *Host) StderrTail(n int) string { return tail(h.Stderr.Lines(), n) }
