#pragma once

#include "domain/Vocabulary.h"

/// keyOf() for values written row after row: the key strings are made once per enumeration
/// (Vocabulary enumerations number their values 0, 1, … in declaration order).
template <typename E> const QString& demoKey(E value)
{
    static const QList<QString> keys = [] {
        QList<QString> list;
        for (const E each : allValues<E>())
            list.append(keyOf(each));
        return list;
    }();
    return keys.at(qsizetype(value));
}
