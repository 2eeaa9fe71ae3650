#pragma once

#include "nurture/NurtureTypes.h"

#include <QCoreApplication>

class Store;

/// The content library a team lead keeps (Team ▸ Content Library…): read, add, change, retire.
/// Pieces are never deleted while a step refers to them; a retired piece is marked not current.
class ContentLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ContentLibrary)

public:
    explicit ContentLibrary(const Store& store);

    /// Every piece, current ones first, by title; or only the current ones.
    QList<ContentPiece> pieces(bool currentOnly = false) const;
    std::optional<ContentPiece> find(qint64 id) const;
    /// The current pieces that suit this phase and role (what a step of a plan may send).
    QList<ContentPiece> suiting(BuyingPhase phase, BuyingRole role) const;

    /// Adds a piece and gives back its id. Throws StoreError with a message for a person when
    /// the title is empty or neither link nor file is given.
    qint64 add(const ContentPiece& piece) const;
    /// Changes a piece (by piece.id). Throws StoreError as add().
    void update(const ContentPiece& piece) const;
    /// Marks a piece current or retired.
    void setCurrent(qint64 id, bool current) const;

    /// Why a piece cannot be saved, or empty when it can.
    static QString validate(const ContentPiece& piece);

private:
    const Store& m_store;
};
