#pragma once

#include "domain/Vocabulary.h"
#include "nurture/NurtureTerms.h"

#include <QList>
#include <QString>
#include <optional>

/// One piece of the content library: what a nurture step sends.
struct ContentPiece
{
    qint64 id = 0;
    QString key; ///< stable key of a shipped piece; empty for pieces a team lead added
    QString title;
    ContentKind kind = ContentKind::Whitepaper;
    QList<BuyingPhase> phases; ///< the phases it suits
    QList<BuyingRole> roles;   ///< the buying-center roles it addresses; empty = any
    QString language = QStringLiteral("de");
    QString link;     ///< a URL
    QString filePath; ///< or a file
    bool current = true;

    bool suits(BuyingPhase phase, BuyingRole role) const;
};

/// One step of a track: a piece (or only a kind of content), a channel, a day offset from the
/// plan's start and what the step is for.
struct TrackStep
{
    qint64 contentId = 0;  ///< 0: only the kind is given
    QString contentKey;    ///< shipped data only: the piece by key
    ContentKind kind = ContentKind::Overview;
    NurtureChannel channel = NurtureChannel::Email;
    int dayOffset = 0;
    StepPurpose purpose = StepPurpose::RaiseInterest;
};

/// A plan template per buying phase and persona. Versioned: editing a track adds a version,
/// running plans keep the version they started with.
struct Track
{
    qint64 id = 0; ///< this version's row
    QString key;   ///< the same for every version
    int version = 1;
    QString name;
    std::optional<BuyingPhase> phase; ///< empty: any phase
    QList<BuyingRole> roles;          ///< empty: any role
    QList<Quadrant> quadrants;        ///< empty: any quadrant
    bool advocate = false;            ///< develops an advocate; never leads toward sales
    QString description;
    bool current = true; ///< the version new plans get
    QList<TrackStep> steps;

    /// The BANT facts the track's steps ask for.
    QList<StepPurpose> fills() const;
};

/// Space-separated keys as stored, and back.
namespace NurtureKeys {
template <typename E> QString join(const QList<E>& values)
{
    QStringList keys;
    for (E value : values)
        keys.append(keyOf(value));
    const QString text = keys.join(QLatin1Char(' '));
    // Never a null string: the columns are NOT NULL, and a null QString binds as NULL.
    return text.isNull() ? QStringLiteral("") : text;
}
template <typename E> QList<E> split(const QString& text)
{
    QList<E> values;
    for (const QString& key : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (const auto value = fromKey<E>(key))
            values.append(*value);
    return values;
}
} // namespace NurtureKeys
