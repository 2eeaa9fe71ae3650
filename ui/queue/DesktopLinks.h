#pragma once

#include <QStringList>
#include <QUrl>

/// Opens tel: and mailto: links through the desktop (the softphone or mail program). Tests
/// record instead of opening.
namespace DesktopLinks {

void open(const QUrl& url);
/// When set, links are only recorded (offscreen tests).
void setRecordOnly(bool recordOnly);
/// The links opened (or recorded) since the last call.
QList<QUrl> takeOpened();

} // namespace DesktopLinks
