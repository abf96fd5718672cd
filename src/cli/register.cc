// `dyad register`: documents coded (or transfer records read back) and
// aggregated into the register, optionally reconciled with a SIPRI export.
#include "dyad/register.h"

#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"
#include "dyad/sipri.h"
#include "dyad/writer.h"

namespace dyad::cli {

void add_register_options(CLI::App* cmd, RegisterArgs& a) {
  cmd->add_option("inputs", a.inputs, "Documents: files or directories (as for `dyad code`); - for stdin");
  cmd->add_option("--records", a.records, "Transfer records written by `dyad code` (JSONL; .gz/.zst)");
  cmd->add_option("--sipri", a.sipri, "A SIPRI trade-register CSV export: mark rows known-deal or new-in-the-news");
  cmd->add_option("--format,-f", a.format, "table (default on a terminal), csv or jsonl (default otherwise)");
  cmd->add_option("--input-format", a.input_format, "auto, jsonl, dated-text or text");
  cmd->add_option("--date", a.date, "Date of plain-text documents (YYYY-MM-DD)");
  cmd->add_flag("--id-from-hash", a.id_from_hash, "Derive missing jsonl ids from the text");
  cmd->add_option("--threads,-j", a.threads, "Documents coded in parallel")->check(CLI::Range(1, 256));
  cmd->add_flag("--quiet,-q", a.quiet, "No summary line on stderr");
}

int run_register(const Common& c, const RegisterArgs& a) {
  const std::string format = a.format.empty() ? (isatty(STDOUT_FILENO) ? "table" : "jsonl") : a.format;
  if (format != "table" && format != "csv" && format != "jsonl") {
    std::fprintf(stderr, "dyad: unknown --format %s (table, csv or jsonl)\n", format.c_str());
    return 1;
  }
  if (!a.records.empty() && !a.inputs.empty()) {
    std::fprintf(stderr, "dyad: give documents or --records, not both\n");
    return 1;
  }
  RunOptions opt;
  opt.inputs = a.inputs;
  if (!read_options(a.input_format, a.date, a.id_from_hash, opt.read)) return 1;
  opt.threads = a.threads;

  Register reg;
  std::vector<std::string> errors;
  RunStats stats;
  size_t records = 0;
  if (!a.records.empty()) {
    records = register_records(a.records, reg, &errors);
  } else {
    auto pipeline = load_pipeline(c);
    stats = register_documents(*pipeline, opt, reg, stderr);
  }
  std::vector<RegisterRow> rows = reg.rows();
  Data data = c.data_dir.empty() ? Data::embedded() : Data::from_directory(c.data_dir);
  CountryNames countries(data);
  // A row keyed by a country is named after it, not after whoever spoke for it.
  for (RegisterRow& r : rows) {
    if (std::string n = countries.name(r.supplier); !n.empty()) r.supplier_name = n;
    if (std::string n = countries.name(r.recipient); !n.empty()) r.recipient_name = n;
  }

  if (!a.sipri.empty()) {
    SipriRegister sipri;
    read_sipri(a.sipri, countries, sipri, &errors);
    reconcile(rows, sipri);
    // Non-state parties (SIPRI marks them with '*' or '**') are expected not to map; states are worth naming.
    std::string states;
    size_t others = 0;
    for (const std::string& n : sipri.unmapped) {
      if (n.ends_with('*') || n.starts_with("unknown"))
        ++others;
      else
        states += (states.empty() ? "" : ", ") + n;
    }
    if (!a.quiet && !sipri.unmapped.empty())
      std::fprintf(stderr, "dyad: sipri: rows of %zu non-state parties and of these states cannot match: %s\n", others,
                   states.empty() ? "none" : states.c_str());
    if (!a.quiet) std::fprintf(stderr, "dyad: sipri: %zu rows read from %s\n", sipri.rows.size(), a.sipri.c_str());
  }
  for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());

  std::string out;
  if (format == "table") {
    out = format_table(rows);
  } else {
    if (format == "csv") out = register_csv_header();
    for (const RegisterRow& r : rows) {
      if (format == "csv") {
        append_csv(out, r);
      } else {
        append_json(out, r);
        out.push_back('\n');
      }
    }
  }
  write_output(stdout, out);
  flush_output(stdout);

  if (!a.quiet) {
    size_t known = 0, fresh = 0, conflicts = 0;
    for (const RegisterRow& r : rows) {
      known += r.match == "known-deal";
      fresh += r.match == "new-in-the-news";
      conflicts += r.conflict;
    }
    if (a.records.empty())
      std::fprintf(stderr, "dyad: %llu documents, %llu transfers, %llu rejected (%.2f s); ",
                   static_cast<unsigned long long>(stats.documents), static_cast<unsigned long long>(stats.transfers),
                   static_cast<unsigned long long>(stats.rejected), stats.seconds);
    else
      std::fprintf(stderr, "dyad: %zu transfer records; ", records);
    std::fprintf(stderr, "%zu register rows from %zu mentions, %zu with conflicting figures", rows.size(),
                 reg.mentions(), conflicts);
    if (!a.sipri.empty()) std::fprintf(stderr, "; %zu known-deal, %zu new-in-the-news", known, fresh);
    std::fprintf(stderr, "\n");
  }
  return stats.rejected || !errors.empty() ? 2 : 0;
}

}  // namespace dyad::cli
