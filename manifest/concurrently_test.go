package manifest

import (
	"runtime"
	"testing"
)

// concurrently gives fn's result, at once or from another goroutine, and
// fn's panic reaches the caller's goroutine.
func TestConcurrently(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Log("one processor: fn runs at once, the goroutine is not tested")
	}
	for _, async := range []bool{false, true} {
		if got := concurrently(async, func() int { return 42 })(); got != 42 {
			t.Errorf("async %v: %d, want 42", async, got)
		}
		func() {
			defer func() {
				if r := recover(); r != "boom" {
					t.Errorf("async %v: recovered %v, want boom", async, r)
				}
			}()
			concurrently(async, func() int { panic("boom") })()
			t.Errorf("async %v: no panic", async)
		}()
	}
}
