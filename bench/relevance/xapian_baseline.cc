#include "relevance/xapian_baseline.h"

#include <map>

namespace jipp::bench::relevance {

namespace {

constexpr const char* kStemmerLanguage = "indonesian";

// Boolean filter term prefixes (Omega style), one per filter name.
const std::map<std::string, std::string>& filter_prefixes() {
  static const std::map<std::string, std::string> kPrefixes{
      {"province", "XP"}, {"agency", "XA"},   {"region", "XR"}, {"year", "XY"},
      {"source", "XS"},   {"category", "XC"}, {"status", "XT"}};
  return kPrefixes;
}

std::string filter_term(const std::string& name, const std::string& value) {
  return filter_prefixes().at(name) + ":" + filter_key(value);
}

}  // namespace

XapianBaseline::XapianBaseline() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY) {}

Status XapianBaseline::prepare(const Corpus& corpus) {
  try {
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem(kStemmerLanguage));
    for (const CorpusRecord& r : corpus.records) {
      Xapian::Document doc;
      tg.set_document(doc);
      for (const std::string* text : {&r.title, &r.summary, &r.description, &r.agency}) {
        tg.index_text(*text);
        tg.increase_termpos();  // no phrase across fields
      }
      for (const std::string& name : filter_names()) {
        const std::string& value = filter_field(r, name);
        if (!value.empty()) doc.add_boolean_term(filter_term(name, value));
      }
      doc.set_data(r.id);
      db_.add_document(doc);
    }
    db_.commit();
    qp_.set_database(db_);
    qp_.set_stemmer(Xapian::Stem(kStemmerLanguage));
    qp_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp_.set_default_op(Xapian::Query::OP_OR);
  } catch (const Xapian::Error& e) {
    return Status(ErrorKind::kInternal, "xapian: " + e.get_description());
  }
  return Status::ok();
}

Result<std::vector<std::string>> XapianBaseline::search(const EvalQuery& query, size_t k) {
  try {
    Xapian::Query text;
    try {
      text = qp_.parse_query(query.text);
    } catch (const Xapian::QueryParserError&) {
      ++parse_fallbacks_;
      text = qp_.parse_query(query.text, 0);
    }
    // Filters: OR within a name, AND across names.
    std::map<std::string, std::vector<Xapian::Query>> by_name;
    for (const Filter& f : query.filters) {
      by_name[f.name].emplace_back(filter_term(f.name, f.value));
    }
    Xapian::Query q = text;
    for (const auto& [name, terms] : by_name) {
      q = Xapian::Query(Xapian::Query::OP_FILTER, q,
                        Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(q);
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(k));
    std::vector<std::string> ids;
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
    return ids;
  } catch (const Xapian::Error& e) {
    return Status(ErrorKind::kInternal, "xapian: " + e.get_description());
  }
}

nlohmann::ordered_json XapianBaseline::info() const {
  nlohmann::ordered_json j;
  j["documents"] = db_.get_doccount();
  j["stemmer"] = kStemmerLanguage;
  j["weighting"] = "BM25 (defaults)";
  j["default_op"] = "OR";
  j["parse_fallbacks"] = parse_fallbacks_;
  return j;
}

}  // namespace jipp::bench::relevance
