package host

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// ExeEnv overrides the plugin executable path.
const ExeEnv = "TEAMMETRICS_PLUGIN_EXE"

// ExecutableName is the name Grafana looks for: <executable>_<GOOS>_<GOARCH>[.exe].
func ExecutableName() string {
	name := fmt.Sprintf("gpx_teammetrics_%s_%s", runtime.GOOS, runtime.GOARCH)
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	return name
}

// ModuleRoot finds tests/grafana-host (the directory of this module's go.mod) by walking up from
// the working directory, then from the running binary's directory; at each level it also tries
// <dir>/tests/grafana-host, so the CLI works from the repository root too.
func ModuleRoot() (string, error) {
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(exe))
	}
	for _, dir := range starts {
		for {
			for _, cand := range []string{dir, filepath.Join(dir, "tests", "grafana-host")} {
				if data, err := os.ReadFile(filepath.Join(cand, "go.mod")); err == nil && containsModuleLine(string(data)) {
					return cand, nil
				}
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return "", fmt.Errorf("cannot locate tests/grafana-host (module %s) above the working directory or the binary; pass --exe or set %s", modulePath, ExeEnv)
}

const modulePath = "teammetrics/grafanahost"

func containsModuleLine(gomod string) bool {
	for _, line := range strings.Split(gomod, "\n") {
		if strings.TrimSpace(line) == "module "+modulePath {
			return true
		}
	}
	return false
}

// ResolveExecutable returns the absolute path of the plugin executable: the explicit path if
// given, else $TEAMMETRICS_PLUGIN_EXE, else ../../dist/<ExecutableName()> relative to the module root.
// It fails (never skips) with a message telling how to build it.
func ResolveExecutable(explicit string) (string, error) {
	path := explicit
	source := "--exe"
	if path == "" {
		path = os.Getenv(ExeEnv)
		source = "$" + ExeEnv
	}
	if path == "" {
		root, err := ModuleRoot()
		if err != nil {
			return "", err
		}
		path = filepath.Join(root, "..", "..", "dist", ExecutableName())
		source = "default location"
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return "", fmt.Errorf("plugin executable not found at %s (%s): run `npm run build` (or `npm run build:backend`) first, or set %s", abs, source, ExeEnv)
	}
	if st.IsDir() {
		return "", fmt.Errorf("plugin executable path %s is a directory", abs)
	}
	if runtime.GOOS != "windows" && st.Mode()&0o111 == 0 {
		return "", fmt.Errorf("plugin executable %s is not executable (mode %v): Grafana installs it with 0755; the build must set the exec bit", abs, st.Mode())
	}
	return abs, nil
}
