#include "DesktopLinks.h"

#include <QDesktopServices>

namespace DesktopLinks {

namespace {
bool recordOnly = false;
QList<QUrl> opened;
} // namespace

void open(const QUrl& url)
{
    opened.append(url);
    if (!recordOnly)
        QDesktopServices::openUrl(url);
}

void setRecordOnly(bool value)
{
    recordOnly = value;
}

QList<QUrl> takeOpened()
{
    QList<QUrl> result;
    result.swap(opened);
    return result;
}

} // namespace DesktopLinks
