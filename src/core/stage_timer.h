// StageTimer: wall and process CPU time of a job's stages, so that a user (or
// a benchmark) sees where a run's time went without a profiler. CPU time is the
// whole process's, which on a shared machine says more than wall time.
#pragma once

#include <time.h>

#include <string>
#include <vector>

namespace newsdesk::core {

struct StageTime {
  std::string stage;
  double wall_seconds = 0;
  double cpu_seconds = 0;
};

class StageTimer {
 public:
  StageTimer() : wall_(now(CLOCK_MONOTONIC)), cpu_(now(CLOCK_PROCESS_CPUTIME_ID)) {}

  // Closes the stage that ran since the last call (or construction).
  void lap(std::string stage, std::vector<StageTime>& into) {
    double wall = now(CLOCK_MONOTONIC), cpu = now(CLOCK_PROCESS_CPUTIME_ID);
    into.push_back({std::move(stage), wall - wall_, cpu - cpu_});
    wall_ = wall;
    cpu_ = cpu;
  }

 private:
  static double now(clockid_t clock) {
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
  double wall_, cpu_;
};

}  // namespace newsdesk::core
