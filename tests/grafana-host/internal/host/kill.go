package host

import (
	"fmt"
	"syscall"
	"time"
)

// KillResult describes how the plugin process ended after Host.Kill.
type KillResult struct {
	Elapsed  time.Duration // time spent inside go-plugin's Client.Kill()
	Exited   bool          // client.Exited() after Kill returned
	ExitCode int           // -1 when ended by a signal or unknown
	Signal   syscall.Signal
	Signaled bool // true when the process was ended by a signal (SIGKILL = go-plugin's forced path)
	State    string
}

// Graceful is true when the process exited on its own (Controller.Shutdown / conn close),
// not by go-plugin's SIGKILL fallback, within the 2 s grace period.
func (r KillResult) Graceful() bool {
	return r.Exited && !(r.Signaled && r.Signal == syscall.SIGKILL) && r.Elapsed < 2*time.Second
}

func (r KillResult) String() string {
	return fmt.Sprintf("Kill took %v, exited=%v, state=%q (exit code %d, signaled=%v signal=%v)",
		r.Elapsed.Round(time.Millisecond), r.Exited, r.State, r.ExitCode, r.Signaled, r.Signal)
}

// Kill does what Grafana's Stop() does: go-plugin Client.Kill() (GRPCController.Shutdown, close
// the connection, wait up to 2 s, then SIGKILL), and reports timing and the wait status.
func (h *Host) Kill() KillResult {
	began := time.Now()
	h.Client.Kill()
	res := KillResult{Elapsed: time.Since(began), Exited: h.Client.Exited(), ExitCode: -1}
	// Kill waits for go-plugin's goroutine that calls cmd.Wait, so ProcessState is set if the
	// process was started and reaped.
	if ps := h.Cmd.ProcessState; ps != nil {
		res.State = ps.String()
		res.ExitCode = ps.ExitCode()
		if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			res.Signaled = true
			res.Signal = ws.Signal()
		}
	}
	return res
}
