#pragma once

#include "annotation/documents/ImportError.h"

namespace kcat::annotation {

// brat standoff: the text in NAME.txt and its annotations in NAME.ann. A mention is one text-bound
// annotation "T1<TAB>TYPE START END<TAB>SURFACE" per most specific type (character offsets, end
// exclusive; an untyped mention has the type "Mention"); text-bound annotations with the same span are one
// mention. Its link is a normalization "N1<TAB>Reference T1 KB:ENTITY<TAB>NAME" (KB:NIL for NIL) and its
// flag an attribute "A1<TAB>Flagged T1". Comments ("#") are skipped; other annotation kinds are refused.
class BratFormat {
    Q_DECLARE_TR_FUNCTIONS(kcat::annotation::BratFormat)

public:
    static constexpr const char* UntypedLabel = "Mention";

    static bool read(const QByteArray& txt, const QByteArray& ann, const QString& txtName,
                     const QString& annName, const QSet<QString>& knownTypes, DocumentData* document,
                     ImportError* error);
    static QByteArray writeText(const DocumentData& document);
    static QByteArray writeAnnotations(const DocumentData& document);
};

} // namespace kcat::annotation
