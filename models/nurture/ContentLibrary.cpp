#include "nurture/ContentLibrary.h"

#include "store/Store.h"
#include "support/Clock.h"

namespace {

const QString columns = QStringLiteral(
    "id, piece_key, title, kind, phases, roles, language, link, file_path, is_current");

ContentPiece pieceFrom(const QSqlQuery& q)
{
    ContentPiece piece;
    piece.id = q.value(0).toLongLong();
    piece.key = q.value(1).toString();
    piece.title = q.value(2).toString();
    piece.kind = fromKeyOr(q.value(3).toString(), ContentKind::Overview);
    piece.phases = NurtureKeys::split<BuyingPhase>(q.value(4).toString());
    piece.roles = NurtureKeys::split<BuyingRole>(q.value(5).toString());
    piece.language = q.value(6).toString();
    piece.link = q.value(7).toString();
    piece.filePath = q.value(8).toString();
    piece.current = q.value(9).toBool();
    return piece;
}

QVariantList bindsOf(const ContentPiece& piece)
{
    return {piece.title.trimmed(),
            keyOf(piece.kind),
            NurtureKeys::join(piece.phases),
            NurtureKeys::join(piece.roles),
            piece.language,
            Sql::nullIfEmpty(piece.link.trimmed()),
            Sql::nullIfEmpty(piece.filePath.trimmed()),
            int(piece.current)};
}

} // namespace

ContentLibrary::ContentLibrary(const Store& store)
    : m_store(store)
{}

QList<ContentPiece> ContentLibrary::pieces(bool currentOnly) const
{
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT %1 FROM content_pieces%2"
                                           " ORDER BY is_current DESC, title, id")
                                .arg(columns, currentOnly ? QStringLiteral(" WHERE is_current = 1")
                                                          : QString()));
    QList<ContentPiece> result;
    while (q.next())
        result.append(pieceFrom(q));
    return result;
}

std::optional<ContentPiece> ContentLibrary::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_store.db(),
                            QStringLiteral("SELECT %1 FROM content_pieces WHERE id = ?").arg(columns),
                            {id});
    if (!q.next())
        return std::nullopt;
    return pieceFrom(q);
}

QList<ContentPiece> ContentLibrary::suiting(BuyingPhase phase, BuyingRole role) const
{
    QList<ContentPiece> result;
    for (const ContentPiece& piece : pieces(true))
        if (piece.suits(phase, role))
            result.append(piece);
    return result;
}

QString ContentLibrary::validate(const ContentPiece& piece)
{
    if (piece.title.trimmed().isEmpty())
        return tr("Give the piece a title.");
    if (piece.link.trimmed().isEmpty() && piece.filePath.trimmed().isEmpty())
        return tr("Give a link or a file for \"%1\".").arg(piece.title.trimmed());
    if (piece.phases.isEmpty())
        return tr("Choose at least one buying phase that \"%1\" suits.").arg(piece.title.trimmed());
    return {};
}

qint64 ContentLibrary::add(const ContentPiece& piece) const
{
    if (const QString problem = validate(piece); !problem.isEmpty())
        throw StoreError(problem);
    QVariantList binds = bindsOf(piece);
    binds.append(Clock::nowSecs());
    return Sql::insertId(m_store.db(),
                         QStringLiteral("INSERT INTO content_pieces (title, kind, phases, roles,"
                                        " language, link, file_path, is_current, created_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                         binds);
}

void ContentLibrary::update(const ContentPiece& piece) const
{
    if (const QString problem = validate(piece); !problem.isEmpty())
        throw StoreError(problem);
    QVariantList binds = bindsOf(piece);
    binds.append(piece.id);
    Sql::exec(m_store.db(),
              QStringLiteral("UPDATE content_pieces SET title = ?, kind = ?, phases = ?, roles = ?,"
                             " language = ?, link = ?, file_path = ?, is_current = ? WHERE id = ?"),
              binds);
}

void ContentLibrary::setCurrent(qint64 id, bool current) const
{
    Sql::exec(m_store.db(), QStringLiteral("UPDATE content_pieces SET is_current = ? WHERE id = ?"),
              {int(current), id});
}
