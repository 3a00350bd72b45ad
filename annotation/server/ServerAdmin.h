#pragma once

#include "annotation/server/ServerConnection.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace kcat::server {

struct AnnotatorProgress {
    QString name;
    bool manager = false;
    int documents = 0;        // assigned
    int labelledMentions = 0; // mentions with a label row of this annotator
};

// Team administration on the server: login roles and assignments. Each call is one transaction and may be
// repeated (idempotent).
class ServerAdmin {
    Q_DECLARE_TR_FUNCTIONS(kcat::server::ServerAdmin)

public:
    // Lower-case letter first, then lower-case letters, digits or '_', at most 63 characters.
    static bool isValidName(const QString& name);
    // Creates (or updates the password of) a login role in group kcat_annotator or kcat_manager and its
    // row in kcat.annotators. Needs a login that may create roles.
    static bool addAnnotator(ServerConnection& connection, const QString& name, const QString& password,
                             bool manager, ServerError* error);
    // Assigns (or with remove, unassigns) the named documents of a project (all when documents is empty)
    // to an annotator. Returns the number of assignments added or removed, -1 on error.
    static int assign(ServerConnection& connection, const QString& project, const QStringList& documents,
                      const QString& annotator, bool gold, bool remove, ServerError* error);
    static QVector<AnnotatorProgress> progress(ServerConnection& connection, ServerError* error);
};

} // namespace kcat::server
