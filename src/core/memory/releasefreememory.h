#pragma once

namespace hpg {

// Gives memory the allocator holds free back to the system. glibc's malloc keeps what a burst of
// work freed (a read of thousands of API answers) as long as anything allocated later sits above it
// in its heap, and counts it as resident until then; malloc_trim(0) returns the free pages, wherever
// they are. Call it after a large, rare burst, not on a hot path: it walks every arena (a few ms).
// Does nothing where there is no such call (not glibc). True when it returned memory.
bool releaseFreeMemory();

} // namespace hpg
