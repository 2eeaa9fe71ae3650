#pragma once

#include <QObject>
#include <QString>

/// The child of `root` with this object name and type; a test that cannot find it stops at once
/// with the name (a renamed widget is a broken test, not a skipped check).
template <typename T> T* requireChild(const QObject* root, const char* name)
{
    T* child = root->findChild<T*>(QLatin1String(name));
    if (!child)
        qFatal("no widget %s", name);
    return child;
}
