//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The benchmarks' main: runs Google Benchmark as usual, then prints each benchmark's time as a
// ratio of its baseline in the same run. A benchmark names its baseline with a label
// "baseline=BM_name" (state.SetLabel); medians are compared when repetitions were asked for.

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

class ratio_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(std::vector<Run> const& runs) override {
    for (auto const& run : runs) {
      std::string name = run.benchmark_name();
      bool const median = run.aggregate_name == "median";
      if (run.run_type == Run::RT_Aggregate && !median) continue;
      if (median) name = run.run_name.str();
      auto& slot = times_[name];
      // A median, when present, wins over the single runs of the same benchmark.
      if (median || !slot.median) slot = {run.GetAdjustedRealTime(), median};
      if (run.report_label.rfind("baseline=", 0) == 0)
        baselines_[name] = run.report_label.substr(9);
    }
    ConsoleReporter::ReportRuns(runs);
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    if (baselines_.empty()) return;
    std::printf("\nRatios to the baseline in this run (%s real time):\n",
                any_median() ? "median" : "mean");
    for (auto const& [name, base] : baselines_) {
      auto const a = times_.find(name);
      auto const b = times_.find(base);
      if (a == times_.end() || b == times_.end() || b->second.time <= 0) continue;
      std::printf("  %-45s / %-32s = %6.2f%%\n", name.c_str(), base.c_str(),
                  100.0 * a->second.time / b->second.time);
    }
  }

 private:
  bool any_median() const {
    for (auto const& [n, t] : times_)
      if (t.median) return true;
    return false;
  }
  struct timing {
    double time = 0;
    bool median = false;
  };
  std::map<std::string, timing> times_;
  std::map<std::string, std::string> baselines_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  ratio_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
