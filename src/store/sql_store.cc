// SqlStore: ingest, aggregation and queries in portable SQL.
//
// Ingest writes a batch of documents in one transaction: for each document
// whose content hash is new, its row (with the text, which the full-text index
// covers), sentences, recognised actors, event mentions (the contract JSON
// record plus the columns aggregation needs) and transfers, and marks the
// mention groups it touched as pending. aggregate() recomputes the events of
// the pending groups from all their mentions (src/aggregate/cluster.h), so a
// crash between ingest and aggregation only leaves work for the next run.
//
// Tested by store_test.cc (every test runs on both backends).
#include "store/sql_store.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "aggregate/cluster.h"
#include "dyad/json.h"
#include "store/schema.h"

namespace dyad::store {

namespace {

SqlValue text_or_null(const std::string& s) {
  return s.empty() ? SqlValue{} : SqlValue{s};
}

std::string url_host(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  return std::string(url.substr(0, url.find_first_of("/?#")));
}

// The outlet a document counts for in NumSources.
std::string source_key(const Document& doc, const std::string& hash) {
  if (!doc.source.empty()) return doc.source;
  std::string host = url_host(doc.url);
  return host.empty() ? "doc:" + hash : host;
}

std::string sectors_column(const std::vector<std::string>& sectors) {
  std::string s = " ";
  for (const std::string& x : sectors) s += x + " ";
  return s;
}

std::optional<Precision> parse_precision(std::string_view s) {
  if (s == "day") return Precision::kDay;
  if (s == "month") return Precision::kMonth;
  if (s == "year") return Precision::kYear;
  return std::nullopt;
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// "substr(col, 1, n) = ?" — a case-sensitive prefix test that both SQL dialects read alike.
std::string prefix_test(const std::string& column, const std::string& prefix) {
  return "substr(" + column + ", 1, " + std::to_string(prefix.size()) + ") = ?";
}

class SqlStore final : public Store {
 public:
  SqlStore(std::unique_ptr<SqlConnection> db, bool create) : db_(std::move(db)) { migrate(*db_, create); }

  StoreInfo info() override {
    StoreInfo s;
    s.backend = db_->dialect().name;
    s.location = db_->location();
    s.schema_version = static_cast<int>(db_->scalar("SELECT MAX(version) FROM schema_version"));
    auto count = [&](const char* table) {
      return static_cast<uint64_t>(db_->scalar(std::string("SELECT COUNT(*) FROM ") + table));
    };
    s.documents = count("documents");
    s.sentences = count("sentences");
    s.mentions = count("mentions");
    s.transfers = count("transfers");
    s.actors = count("actors");
    s.events = count("events");
    s.pending_groups = count("pending_groups");
    return s;
  }

  std::vector<std::string> content_hashes() override {
    std::vector<std::string> out;
    db_->query("SELECT content_hash FROM documents", {}, [&](const SqlRow& r) { out.push_back(r.text(0)); });
    return out;
  }

  IngestResult ingest(std::span<const Document* const> docs) override {
    IngestResult result;
    Transaction t(*db_);
    lock_writes();
    for (const Document* doc : docs) {
      if (write_document(*doc))
        ++result.added;
      else
        ++result.skipped;
    }
    t.commit();
    return result;
  }

  size_t aggregate(const AggregateOptions& options) override {
    Transaction t(*db_);
    lock_writes();
    std::vector<std::string> groups;
    db_->query("SELECT group_key FROM pending_groups ORDER BY group_key", {},
               [&](const SqlRow& r) { groups.push_back(r.text(0)); });
    for (const std::string& g : groups) aggregate_group(g, options);
    t.commit();
    return groups.size();
  }

  void for_each_event(const EventFilter& f, const std::function<void(const StoredEvent&)>& fn) override {
    std::string sql =
        "SELECT e.event_key, m.record, d.url, d.doc_id, e.first_day, e.last_day, e.num_mentions, e.num_sources, "
        "e.num_articles FROM events e JOIN mentions m ON m.id = e.rep_mention JOIN documents d ON d.id = m.doc "
        "WHERE 1 = 1";
    std::vector<SqlValue> params;
    where(f, sql, params);
    sql +=
        " ORDER BY CASE WHEN e.first_day IS NULL THEN 1 ELSE 0 END, e.first_day, e.source_code, e.target_code, "
        "e.cameo, e.event_key";
    if (f.limit) sql += " LIMIT " + std::to_string(f.limit);
    std::vector<StoredEvent> rows;
    try {
      query_events(sql, params, rows);
    } catch (const SqlStatementError&) {
      check_text_query(f);
      throw;
    }
    // Rows are collected first so that `fn` may call back into the store.
    for (const StoredEvent& s : rows) fn(s);
  }

  std::vector<MentionLink> mentions_of(const std::string& event_key) override {
    std::vector<MentionLink> out;
    db_->query(
        "SELECT d.doc_id, m.mention_id, m.sentence, m.trigger_text FROM events e "
        "JOIN event_mentions em ON em.event = e.id JOIN mentions m ON m.id = em.mention "
        "JOIN documents d ON d.id = m.doc WHERE e.event_key = ? ORDER BY em.ord",
        {event_key}, [&](const SqlRow& r) {
          out.push_back({r.text(0), r.text(1), static_cast<int>(r.integer(2)), r.text(3)});
        });
    return out;
  }

  void for_each_transfer(const std::function<void(const StoredTransfer&)>& fn) override {
    std::vector<StoredTransfer> rows;
    std::vector<int64_t> docs;
    db_->query(
        "SELECT t.record, d.date, d.source, d.url, d.id FROM transfers t JOIN documents d ON d.id = t.doc "
        "ORDER BY t.id",
        {}, [&](const SqlRow& r) {
          StoredTransfer s;
          std::string error;
          if (!parse_json(r.text(0), s.transfer, &error)) throw StoreError("stored transfer: " + error);
          if (!r.null(1)) s.doc_date = parse_iso_date(r.text(1));
          if (!r.null(2)) s.doc_source = r.text(2);
          if (!r.null(3)) s.doc_url = r.text(3);
          rows.push_back(std::move(s));
          docs.push_back(r.integer(4));
        });
    // The evidence text, cut from the document's text by its byte span (transfers are few).
    for (size_t i = 0; i < rows.size(); ++i) {
      const Span span = rows[i].transfer.evidence.span;
      db_->query("SELECT text FROM documents WHERE id = ?", {docs[i]}, [&](const SqlRow& r) {
        const std::string text = r.text(0);
        if (span.end <= text.size() && !span.empty()) rows[i].sentence = std::string(span.of(text));
      });
    }
    for (const StoredTransfer& s : rows) fn(s);
  }

 private:
  // In a write transaction, before anything is read: waits for any other writer's commit.
  void lock_writes() {
    if (!db_->dialect().write_lock.empty()) db_->exec(db_->dialect().write_lock);
  }

  void query_events(const std::string& sql, const std::vector<SqlValue>& params, std::vector<StoredEvent>& rows) {
    db_->query(sql, params, [&](const SqlRow& r) {
      StoredEvent s;
      s.event_key = r.text(0);
      std::string error;
      if (!parse_json(r.text(1), s.event, &error)) throw StoreError("stored mention of " + s.event_key + ": " + error);
      s.event.event_id = s.event_key;
      s.url = r.null(2) || r.text(2).empty() ? r.text(3) : r.text(2);
      const Precision p = s.event.date.precision;
      if (!r.null(4)) {
        s.first_seen = Date::from_days(r.integer(4));
        s.first_seen->precision = p;
      }
      if (!r.null(5)) {
        s.last_seen = Date::from_days(r.integer(5));
        s.last_seen->precision = p;
      }
      s.num_mentions = static_cast<uint64_t>(r.integer(6));
      s.num_sources = static_cast<uint64_t>(r.integer(7));
      s.num_articles = static_cast<uint64_t>(r.integer(8));
      rows.push_back(std::move(s));
    });
  }

  // After the events query was refused: when the text query alone is refused too,
  // the user's query is at fault — a usage error, told without the SQL around it.
  void check_text_query(const EventFilter& f) {
    const std::string& check = db_->dialect().fts_check;
    if (f.text.empty() || check.empty()) return;
    try {
      db_->exec(check, {f.text});
    } catch (const SqlStatementError& e) {
      throw StoreUsageError("--text '" + f.text + "' is not a valid full-text query (" + e.reason() +
                            "); words, \"quoted phrases\", AND, OR, NOT, NEAR(a b) and prefix* are allowed, and a "
                            "word with punctuation needs quotes: '\"mi-35\"'");
    }
  }

  // Returns false when the document is already stored.
  bool write_document(const Document& doc) {
    const std::string hash = content_hash(doc);
    if (db_->scalar("SELECT COUNT(*) FROM documents WHERE content_hash = ?", {hash})) return false;
    const int64_t id = db_->insert(
        "INSERT INTO documents (content_hash, doc_id, date, title, url, source, language, source_key, text, "
        "sentences, events, transfers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {hash, doc.id, doc.date ? SqlValue{doc.date->iso()} : SqlValue{}, text_or_null(doc.title),
         text_or_null(doc.url), text_or_null(doc.source), text_or_null(doc.language), source_key(doc, hash), doc.text,
         static_cast<int64_t>(doc.sentences.size()), static_cast<int64_t>(doc.events.size()),
         static_cast<int64_t>(doc.transfers.size())});
    if (!db_->dialect().fts_insert.empty()) db_->exec(db_->dialect().fts_insert, {id, doc.text});
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      db_->exec("INSERT INTO sentences (doc, idx, start_byte, end_byte) VALUES (?, ?, ?, ?)",
                {id, static_cast<int64_t>(i), int64_t{s.span.start}, int64_t{s.span.end}});
    }
    for (const ActorMention& a : doc.actors) {
      db_->exec(
          "INSERT INTO actors (doc, code, country, name, text, start_byte, end_byte, place) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          {id, a.actor.code, text_or_null(a.actor.country), text_or_null(a.actor.name), a.actor.text,
           int64_t{a.span.start}, int64_t{a.span.end}, int64_t{a.place ? 1 : 0}});
    }
    std::set<std::string> groups;
    std::string record;
    for (const Event& e : doc.events) {
      const std::string target = e.target ? e.target->code : "";
      std::string group = aggregate::group_key(e.source.code, target, e.cameo);
      record.clear();
      append_json(record, e);
      db_->exec(
          "INSERT INTO mentions (doc, mention_id, group_key, day, date_precision, source_code, target_code, cameo, "
          "location_country, sentence, start_byte, trigger_text, record) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {id, e.event_id, group, e.has_date ? SqlValue{int64_t{e.date.days()}} : SqlValue{},
           std::string(precision_name(e.date.precision)), e.source.code, target, e.cameo,
           e.location ? e.location->country : "", int64_t{e.evidence.sentence}, int64_t{e.evidence.span.start},
           e.evidence.trigger_text, record});
      groups.insert(std::move(group));
    }
    for (const Transfer& tr : doc.transfers) {
      record.clear();
      append_json(record, tr);
      db_->exec(
          "INSERT INTO transfers (doc, transfer_id, supplier_code, recipient_code, status, date, record) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)",
          {id, tr.transfer_id, tr.supplier.code, tr.recipient.code, tr.status,
           tr.has_date ? SqlValue{tr.date.iso()} : SqlValue{}, record});
    }
    for (const std::string& g : groups)
      db_->exec("INSERT INTO pending_groups (group_key) VALUES (?) ON CONFLICT DO NOTHING", {g});
    return true;
  }

  void aggregate_group(const std::string& group, const AggregateOptions& options) {
    db_->exec("DELETE FROM event_mentions WHERE event IN (SELECT id FROM events WHERE group_key = ?)", {group});
    db_->exec("DELETE FROM events WHERE group_key = ?", {group});
    std::vector<aggregate::ClusterMention> mentions;
    db_->query(
        "SELECT m.id, m.day, m.date_precision, m.location_country, d.content_hash, d.source_key, m.sentence, "
        "m.start_byte, m.mention_id FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.group_key = ?",
        {group}, [&](const SqlRow& r) {
          aggregate::ClusterMention m;
          m.row = r.integer(0);
          if (!r.null(1)) m.day = r.integer(1);
          m.precision = parse_precision(r.text(2)).value_or(Precision::kDay);
          m.location_country = r.text(3);
          m.content_hash = r.text(4);
          m.source_key = r.text(5);
          m.sentence = static_cast<int>(r.integer(6));
          m.start = static_cast<uint32_t>(r.integer(7));
          m.mention_id = r.text(8);
          mentions.push_back(std::move(m));
        });
    for (const aggregate::Cluster& c : aggregate::cluster_group(group, mentions, options.window_days)) {
      const int64_t rep = mentions[c.members.front()].row;
      Event e;
      std::string error;
      db_->query("SELECT record FROM mentions WHERE id = ?", {rep}, [&](const SqlRow& r) {
        if (!parse_json(r.text(0), e, &error)) throw StoreError("stored mention " + std::to_string(rep) + ": " + error);
      });
      const Actor none;
      const Actor& tgt = e.target ? *e.target : none;
      const int64_t event = db_->insert(
          "INSERT INTO events (event_key, group_key, rep_mention, source_code, source_country, source_sectors, "
          "source_name, target_code, target_country, target_sectors, target_name, plover_type, cameo, status, "
          "location_country, first_day, last_day, num_mentions, num_sources, num_articles) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {c.key,
           group,
           rep,
           e.source.code,
           e.source.country,
           sectors_column(e.source.sectors),
           e.source.name,
           tgt.code,
           tgt.country,
           sectors_column(tgt.sectors),
           tgt.name,
           e.plover_type,
           e.cameo,
           e.status,
           c.location_country,
           c.first_day ? SqlValue{int64_t{*c.first_day}} : SqlValue{},
           c.last_day ? SqlValue{int64_t{*c.last_day}} : SqlValue{},
           static_cast<int64_t>(c.num_mentions),
           static_cast<int64_t>(c.num_sources),
           static_cast<int64_t>(c.num_articles)});
      for (size_t k = 0; k < c.members.size(); ++k)
        db_->exec("INSERT INTO event_mentions (event, mention, ord) VALUES (?, ?, ?)",
                  {event, mentions[c.members[k]].row, static_cast<int64_t>(k)});
    }
    db_->exec("DELETE FROM pending_groups WHERE group_key = ?", {group});
  }

  void where(const EventFilter& f, std::string& sql, std::vector<SqlValue>& p) {
    if (!f.actor.empty()) {
      const std::string code = upper(f.actor);
      sql += " AND (" + prefix_test("e.source_code", code) + " OR " + prefix_test("e.target_code", code) +
             " OR e.source_name = ? OR e.target_name = ?)";
      p.insert(p.end(), {code, code, f.actor, f.actor});
    }
    if (!f.country.empty()) {
      sql += " AND (e.source_country = ? OR e.target_country = ?)";
      p.insert(p.end(), {upper(f.country), upper(f.country)});
    }
    if (!f.sector.empty()) {
      sql += " AND (e.source_sectors LIKE ? OR e.target_sectors LIKE ?)";
      const std::string like = "% " + upper(f.sector) + " %";
      p.insert(p.end(), {like, like});
    }
    if (!f.dyad_a.empty() || !f.dyad_b.empty()) {
      const std::string a = upper(f.dyad_a), b = upper(f.dyad_b);
      sql += " AND ((" + prefix_test("e.source_code", a) + " AND " + prefix_test("e.target_code", b) + ") OR (" +
             prefix_test("e.source_code", b) + " AND " + prefix_test("e.target_code", a) + "))";
      p.insert(p.end(), {a, b, b, a});
    }
    if (!f.plover_type.empty()) {
      sql += " AND e.plover_type = ?";
      p.push_back(upper(f.plover_type));
    }
    if (!f.cameo_prefix.empty()) {
      sql += " AND " + prefix_test("e.cameo", f.cameo_prefix);
      p.push_back(f.cameo_prefix);
    }
    if (!f.location_country.empty()) {
      sql += " AND e.location_country = ?";
      p.push_back(upper(f.location_country));
    }
    if (!f.status.empty()) {
      sql += " AND e.status = ?";
      p.push_back(f.status);
    }
    if (f.from) {
      sql += " AND e.first_day >= ?";
      p.push_back(int64_t{f.from->days()});
    }
    if (f.to) {
      sql += " AND e.first_day <= ?";
      p.push_back(int64_t{f.to->days()});
    }
    if (!f.text.empty()) {
      sql +=
          " AND EXISTS (SELECT 1 FROM event_mentions em JOIN mentions mm ON mm.id = em.mention "
          "WHERE em.event = e.id AND mm.doc IN (" +
          db_->dialect().fts_doc_ids + "))";
      p.push_back(f.text);
    }
  }

  std::unique_ptr<SqlConnection> db_;
};

}  // namespace

std::unique_ptr<Store> make_sql_store(std::unique_ptr<SqlConnection> db, bool create) {
  return std::make_unique<SqlStore>(std::move(db), create);
}

}  // namespace dyad::store
