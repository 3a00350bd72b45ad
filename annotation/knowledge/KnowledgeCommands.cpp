// `kcat typesets` and `kcat link`.

#include "annotation/knowledge/Knowledge.h"
#include "annotation/knowledge/KnowledgeError.h"
#include "annotation/knowledge/KnowledgeModule.h"
#include "annotation/knowledge/TypeTaxonomy.h"
#include "compute/core/Cli.h"
#include "compute/core/Json.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace kcat::annotation {

namespace {

using core::CliContext;
using core::CliError;

class TypeSetsCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("typesets")}; }
    QString summary() const override {
        return Knowledge::tr("List the built-in type sets with their sizes and depths.");
    }
    void declare(QCommandLineParser&) const override {}
    int run(const QCommandLineParser&, CliContext& ctx) override {
        try {
            auto wordnet = std::make_shared<const WordNetDatabase>(WordNetDatabase::load());
            TypeSetRegistry registry(wordnet);
            for (const QString& name : TypeSetRegistry::builtinNames()) {
                auto t = registry.get(name);
                ctx.print({{"name", name},
                           {"types", t->size()},
                           {"roots", t->roots().size()},
                           {"max_depth", t->maxDepth()}});
            }
        } catch (const KnowledgeError& e) {
            throw CliError(e.message(), core::ExitFailure);
        }
        return core::ExitOk;
    }
};

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(Knowledge::tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        throw CliError(Knowledge::tr("%1: expected UTF-8 text").arg(path));
    return text;
}

class LinkCommand : public core::CliCommand {
public:
    QStringList words() const override { return {QStringLiteral("link")}; }
    QString summary() const override {
        return Knowledge::tr("Detect and link entity mentions in text; print each with its candidate types.");
    }
    void declare(QCommandLineParser& parser) const override {
        parser.addOption({QStringLiteral("typeset"),
                          Knowledge::tr("Type set: figer, ontonotes, coarse, wordnet or a type set file."),
                          QStringLiteral("name")});
        parser.addOption({QStringLiteral("kb"),
                          Knowledge::tr("Knowledge base: wordnet (default) or a JSONL file."),
                          QStringLiteral("kb")});
        parser.addOption(
            {QStringLiteral("text"), Knowledge::tr("The text to annotate."), QStringLiteral("text")});
        parser.addOption({QStringLiteral("input"), Knowledge::tr("A UTF-8 text file to annotate."),
                          QStringLiteral("file")});
        parser.addOption({QStringLiteral("top-k"), Knowledge::tr("Candidates per mention (default 5)."),
                          QStringLiteral("k")});
    }
    int run(const QCommandLineParser& parser, CliContext& ctx) override {
        const QString typeSet = core::requiredValue(parser, QStringLiteral("typeset"));
        if (parser.isSet(QStringLiteral("text")) == parser.isSet(QStringLiteral("input")))
            throw CliError(Knowledge::tr("expected exactly one of --text and --input"));
        const QString text = parser.isSet(QStringLiteral("text"))
                                 ? parser.value(QStringLiteral("text"))
                                 : readText(parser.value(QStringLiteral("input")));
        const int topK = parser.isSet(QStringLiteral("top-k"))
                             ? core::intValue(parser, QStringLiteral("top-k"), 1, 100)
                             : 5;
        const QString kbName = parser.isSet(QStringLiteral("kb")) ? parser.value(QStringLiteral("kb"))
                                                                  : QStringLiteral("wordnet");
        // Everything that can be checked without WordNet first, so that bad input fails fast.
        if (!TypeSetRegistry::builtinNames().contains(typeSet) && !QFileInfo(typeSet).isFile())
            throw CliError(
                Knowledge::tr("unknown type set \"%1\"; expected figer, ontonotes, coarse, wordnet "
                              "or a type set file")
                    .arg(typeSet));
        if (kbName != QLatin1String("wordnet") && !QFileInfo(kbName).isFile())
            throw CliError(Knowledge::tr("%1: no such knowledge base file (expected wordnet or a JSONL file)")
                               .arg(kbName));
        std::shared_ptr<Knowledge> knowledge;
        QString setName = typeSet;
        try {
            std::shared_ptr<const TypeTaxonomy> userSet;
            if (!TypeSetRegistry::builtinNames().contains(typeSet))
                userSet = std::make_shared<const TypeTaxonomy>(TypeTaxonomy::loadFile(typeSet));
            if (kbName != QLatin1String("wordnet"))
                KnowledgeBase::loadJsonl(kbName); // validates the file before the long load
            knowledge = Knowledge::loadBuiltin();
            if (userSet) {
                if (TypeSetRegistry::builtinNames().contains(userSet->name()))
                    userSet =
                        knowledge->typeSets().loadFile(typeSet, userSet->name() + QStringLiteral("-file"));
                else
                    knowledge->typeSets().add(userSet);
                setName = userSet->name();
            }
            if (kbName != QLatin1String("wordnet"))
                knowledge = Knowledge::withUserKb(knowledge, kbName);
        } catch (const KnowledgeError& e) {
            throw CliError(e.message());
        }
        const EntityTypes& types = knowledge->entityTypes(setName);
        if (!types.unresolved().empty()) {
            const auto& u = types.unresolved().front();
            throw CliError(Knowledge::tr("%1:%2: type \"%3\" of entity \"%4\" is not in the type set \"%5\"")
                               .arg(kbName)
                               .arg(knowledge->knowledgeBase()->entity(u.entity).line)
                               .arg(u.path, knowledge->knowledgeBase()->entity(u.entity).id, setName));
        }
        const KnowledgeBase& kb = *knowledge->knowledgeBase();
        const TypeTaxonomy& taxonomy = types.taxonomy();
        for (const LinkedMention& m : knowledge->annotate(text, setName)) {
            nlohmann::json candidates = nlohmann::json::array();
            for (size_t i = 0; i < m.link.candidates.size() && int(i) < topK; ++i) {
                const LinkCandidate& c = m.link.candidates[i];
                candidates.push_back({{"entity", kb.entity(c.entity).id},
                                      {"name", kb.entity(c.entity).name},
                                      {"score", c.score}});
            }
            nlohmann::json typePaths = nlohmann::json::array();
            for (TypeId t : m.constraint.candidates)
                typePaths.push_back(taxonomy.type(t).path);
            ctx.print({{"start", m.mention.start},
                       {"end", m.mention.end},
                       {"surface", m.mention.surface},
                       {"candidates", candidates},
                       {"entity", m.link.isNil() ? nlohmann::json(nullptr)
                                                 : nlohmann::json(kb.entity(m.link.entity).id)},
                       {"nil_score", m.link.nilScore},
                       {"types", typePaths},
                       {"constrained", !m.constraint.released},
                       {"ratio", m.constraint.ratio}});
        }
        return core::ExitOk;
    }
};

} // namespace

void registerKnowledgeModule() {
    core::CliRegistry::instance().add(std::make_unique<TypeSetsCommand>());
    core::CliRegistry::instance().add(std::make_unique<LinkCommand>());
    registerCalibrationCommand();
}

} // namespace kcat::annotation
