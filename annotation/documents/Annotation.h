#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kcat::annotation {

// Offsets everywhere in this library are character offsets into a document's QString text (UTF-16 code
// units, which equal code points for text inside the Basic Multilingual Plane). Internally, and in the
// workspace, `end` is EXCLUSIVE: a mention covers text.mid(start, end - start). Only the KCAT document
// format writes `end` inclusive (see KcatDocumentFormat).

enum class MentionState { Untyped, Typed, Flagged };
// Whether the annotator (or the linker) has decided the mention's entity yet.
enum class LinkState { Unlinked, Linked, Nil };

struct EntityCandidate {
    QString entity;
    double score = 0.0;
    bool operator==(const EntityCandidate& o) const { return entity == o.entity && score == o.score; }
};

// One mention as one annotator sees it: its span (shared), and that annotator's link, types and state.
struct Mention {
    qint64 id = 0;
    qint64 documentId = 0;
    int start = 0;
    int end = 0; // exclusive
    LinkState link = LinkState::Unlinked;
    QString entity;    // set when link == Linked
    QStringList types; // sorted, closed under ancestors
    bool flagged = false;
    QVector<EntityCandidate> candidates; // the linker's ranking, best first

    MentionState state() const {
        if (flagged)
            return MentionState::Flagged;
        return types.isEmpty() ? MentionState::Untyped : MentionState::Typed;
    }
    int length() const { return end - start; }
};

struct Document {
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;
    QString text;
    int order = 0;
};

// A document before it is stored: what importers produce and exporters consume.
struct DocumentData {
    QString name;
    QString text;
    QVector<Mention> mentions; // ids unused; sorted by (start, -end)
};

struct DocumentSummary {
    qint64 id = 0;
    QString name;
    int order = 0;
    int mentions = 0;
    int typed = 0; // mentions in state Typed
};

struct Project {
    qint64 id = 0;
    QString name;
    QString typeSet; // "figer", "ontonotes", "coarse", "wordnet" or a user set's name
};

// What the cost log records when a mention is confirmed.
struct CostEntry {
    qint64 mentionId = 0;
    qint64 focusToConfirmMs = 0;
    int keystrokes = 0;
    int clicks = 0;
    QString view; // "flatten", "coarse-fine", "tree"
};

QString stateName(MentionState state);

} // namespace kcat::annotation

Q_DECLARE_METATYPE(kcat::annotation::Mention)
