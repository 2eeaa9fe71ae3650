#include "import/HeaderMapping.h"
#include "import/MappingMemory.h"
#include "support/AppSettings.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList outlook{u"Anrede"_s,       u"Vorname"_s,        u"Nachname"_s,
                          u"Firma"_s,        u"E-Mail-Adresse"_s, u"Telefon geschäftlich"_s,
                          u"Mobiltelefon"_s, u"Notizen"_s,        u"Lieblingsfarbe"_s};

ImportTarget field(LeadField leadField)
{
    return ImportTarget::field(leadField);
}

ImportTarget extra(ImportTarget::Kind kind)
{
    return ImportTarget::extra(kind);
}

QString readError(const QByteArray& json)
{
    QString error;
    const auto mapping = HeaderMapping::fromJson(json, &error);
    return mapping ? u"(read)"_s : error;
}

} // namespace

/// Correcting a mapping per column, keeping it as JSON (`--mapping FILE.json`) and remembering it
/// per header set in the rep's settings.
class TestMappingJson : public QObject
{
    Q_OBJECT

private slots:
    void targetKeys();
    void correctingTakesTheField();
    void roundTrip();
    void badJson_data();
    void badJson();
    void savedAppliedByHeader();
    void headerSetKey();
    void memory();
    void memoryCapacityAndDamage();
};

void TestMappingJson::targetKeys()
{
    QStringList keys;
    for (const ImportTarget& target : ImportTarget::all()) {
        QVERIFY2(!keys.contains(target.key()), qPrintable(target.key()));
        keys.append(target.key());
        QCOMPARE(ImportTarget::fromKey(target.key()), target);
        QVERIFY(!target.label().isEmpty());
        // A column that loses its target never lands on another one-column target.
        QVERIFY(!target.fallback().isSingle());
    }
    QCOMPARE(field(LeadField::Email).key(), u"email"_s);
    QCOMPARE(field(LeadField::Source).key(), u"source_channel"_s);
    QCOMPARE(extra(ImportTarget::Kind::FullName).key(), u"full_name"_s);
    QCOMPARE(ImportTarget().key(), u"ignore"_s);
    QVERIFY(!ImportTarget::fromKey(u"Email"_s));
    QCOMPARE(field(LeadField::Phone).fallback(), extra(ImportTarget::Kind::AlternatePhone));
    QCOMPARE(field(LeadField::City).fallback(), extra(ImportTarget::Kind::Note));
    QVERIFY(extra(ImportTarget::Kind::Salutation).fallback().isIgnore());
}

void TestMappingJson::correctingTakesTheField()
{
    HeaderMapping mapping = HeaderMapping::guess(outlook);
    QCOMPARE(mapping.target(5), field(LeadField::Phone));
    QCOMPARE(mapping.target(6), extra(ImportTarget::Kind::AlternatePhone));
    // The rep wants the mobile number dialled: the business phone gives way and says so.
    QCOMPARE(mapping.setTarget(6, field(LeadField::Phone)), 5);
    QCOMPARE(mapping.target(6), field(LeadField::Phone));
    QCOMPARE(mapping.column(6).quality, MappingQuality::Chosen);
    QVERIFY(!mapping.column(6).lostConflict());
    QCOMPARE(mapping.target(5), extra(ImportTarget::Kind::AlternatePhone));
    QCOMPARE(mapping.column(5).lostTo, 6);
    QCOMPARE(mapping.columnsOf(field(LeadField::Phone)), QList<qsizetype>{6});
    // Targets that take many columns displace nothing; choosing a column's own target neither.
    QCOMPARE(mapping.setTarget(8, extra(ImportTarget::Kind::Note)), -1);
    QCOMPARE(mapping.columnsOf(extra(ImportTarget::Kind::Note)), (QList<qsizetype>{7, 8}));
    QCOMPARE(mapping.setTarget(6, field(LeadField::Phone)), -1);
    QCOMPARE(mapping.setTarget(3, ImportTarget::ignore()), -1);
    QCOMPARE(mapping.columnOf(field(LeadField::Company)), -1);
}

void TestMappingJson::roundTrip()
{
    HeaderMapping mapping = HeaderMapping::guess(outlook);
    mapping.setTarget(8, extra(ImportTarget::Kind::Note));
    const QByteArray json = mapping.toJson();
    QVERIFY(json.contains(R"("target": "first_name")"));
    QVERIFY(json.contains(R"("header": "Telefon geschäftlich")"));
    QString error;
    const auto read = HeaderMapping::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->headers(), outlook);
    for (qsizetype i = 0; i < outlook.size(); ++i) {
        QCOMPARE(read->target(i), mapping.target(i));
        QCOMPARE(read->column(i).quality, MappingQuality::Chosen);
    }
    QCOMPARE(read->toJson(), json);
    // Written by hand: no version, one line.
    const auto brief = HeaderMapping::fromJson(
        R"({"columns": [{"header": "Mail", "target": "email"}, {"header": "X", "target": "note"}]})",
        &error);
    QVERIFY2(brief, qPrintable(error));
    QCOMPARE(brief->target(0), field(LeadField::Email));
}

void TestMappingJson::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax") << QByteArray(
                                   "{\n  \"columns\": [\n    {\"header\": \"A\" \"target\"}\n]}")
                            << u"Line 3, column 21: "_s;
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << u"A mapping is a JSON object with a \"columns\" list."_s;
    QTest::newRow("version") << QByteArray(R"({"version": 2, "columns": []})")
                             << u"\"version\" must be 1"_s;
    QTest::newRow("no columns") << QByteArray(R"({"version": 1})")
                                << u"\"columns\" is missing or is not a list."_s;
    QTest::newRow("entry") << QByteArray(R"({"columns": [{"header": "A", "target": "email"}, 7]})")
                           << u"columns[1]: an entry needs \"header\""_s;
    QTest::newRow("header") << QByteArray(R"({"columns": [{"header": 3, "target": "email"}]})")
                            << u"columns[0]: an entry needs \"header\""_s;
    QTest::newRow("target missing")
        << QByteArray(R"({"columns": [{"header": "Mail"}]})")
        << u"columns[0] (\"Mail\"): \"target\" is missing or is not text."_s;
    QTest::newRow("target unknown")
        << QByteArray(R"({"columns": [{"header": "A", "target": "ignore"},)"
                      R"({"header": "Mail", "target": "emial"}]})")
        << u"columns[1] (\"Mail\"): \"emial\" is not an import target; the targets are "
           "first_name, last_name"_s;
    QTest::newRow("twice")
        << QByteArray(R"({"columns": [{"header": "A", "target": "email"}, {"header": "B", )"
                      R"("target": "note"}, {"header": "C", "target": "email"}]})")
        << u"columns[0] (\"A\") and columns[2] (\"C\") both map to \"email\", which takes one "
           "column only."_s;
}

void TestMappingJson::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QString actual = readError(json);
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

void TestMappingJson::savedAppliedByHeader()
{
    HeaderMapping saved = HeaderMapping::guess(outlook);
    saved.setTarget(6, field(LeadField::Phone));
    saved.setTarget(8, extra(ImportTarget::Kind::Note));
    // The same export with its columns moved, one dropped, one new and one spelt differently.
    const QStringList moved{u"Notizen"_s,        u"Mobiltelefon"_s, u"Vorname"_s,
                            u"e-mail-adresse"_s, u"Nachname"_s,     u"Telefon geschäftlich"_s,
                            u"Lieblingsfarbe"_s, u"Abteilung"_s,    u"Anrede"_s};
    QStringList missing;
    const HeaderMapping mapping = HeaderMapping::withSaved(moved, saved, &missing);
    QCOMPARE(missing, QStringList{u"Firma"_s});
    QCOMPARE(mapping.target(1), field(LeadField::Phone));
    QCOMPARE(mapping.target(5), extra(ImportTarget::Kind::AlternatePhone));
    QCOMPARE(mapping.target(3), field(LeadField::Email));
    QCOMPARE(mapping.target(6), extra(ImportTarget::Kind::Note));
    QCOMPARE(mapping.column(6).quality, MappingQuality::Chosen);
    // The column the saved mapping does not know is guessed.
    QCOMPARE(mapping.column(7).quality, MappingQuality::Known);
    QVERIFY(mapping.target(7).isIgnore());
    for (const ImportTarget& target : ImportTarget::all())
        QVERIFY(!target.isSingle() || mapping.columnsOf(target).size() <= 1);
}

void TestMappingJson::headerSetKey()
{
    // Order, case, spacing and punctuation do not count; the headers themselves and how often
    // one repeats do.
    const QString key = HeaderMapping::headerSetKey({u"Vorname"_s, u"E-Mail"_s, u"Firma"_s});
    QCOMPARE(key.size(), 32);
    QCOMPARE(HeaderMapping::headerSetKey({u"Firma"_s, u"vorname"_s, u"email"_s}), key);
    QCOMPARE(HeaderMapping::headerSetKey({u"FIRMA "_s, u"Vorname"_s, u"E_Mail"_s}), key);
    QVERIFY(HeaderMapping::headerSetKey({u"Vorname"_s, u"E-Mail"_s}) != key);
    QVERIFY(HeaderMapping::headerSetKey({u"Vorname"_s, u"E-Mail"_s, u"Firma"_s, u"Firma"_s}) !=
            key);
    QVERIFY(HeaderMapping::headerSetKey({u"Vorname"_s, u"E-Mail"_s, u"Firmen"_s}) != key);
    // Joined headers are no collision: "a","bc" is not "ab","c".
    QVERIFY(HeaderMapping::headerSetKey({u"a"_s, u"bc"_s}) !=
            HeaderMapping::headerSetKey({u"ab"_s, u"c"_s}));
    // Stable across versions: remembered mappings are found by it.
    QCOMPARE(HeaderMapping::headerSetKey({u"Email"_s}),
             QString::fromLatin1(
                 QCryptographicHash::hash("email", QCryptographicHash::Sha256).toHex().left(32)));
}

void TestMappingJson::memory()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"leadscout.ini"_s);
    {
        AppSettings settings(ini);
        MappingMemory memory(settings);
        QVERIFY(!memory.recall(outlook));
        HeaderMapping mapping = HeaderMapping::guess(outlook);
        mapping.setTarget(6, field(LeadField::Phone));
        memory.remember(mapping);
        QCOMPARE(memory.keys(), QStringList{HeaderMapping::headerSetKey(outlook)});
    }
    // Another session, the same file with its columns in another order.
    AppSettings settings(ini);
    MappingMemory memory(settings);
    QStringList reversed = outlook;
    std::reverse(reversed.begin(), reversed.end());
    const auto recalled = memory.recall(reversed);
    QVERIFY(recalled);
    QCOMPARE(recalled->headers(), reversed);
    QCOMPARE(recalled->columnOf(field(LeadField::Phone)), reversed.indexOf(u"Mobiltelefon"_s));
    QVERIFY(!memory.recall({u"Vorname"_s, u"Nachname"_s}));
    // Remembering again replaces; forgetting removes.
    HeaderMapping changed = *recalled;
    changed.setTarget(reversed.indexOf(u"Firma"_s), ImportTarget::ignore());
    memory.remember(changed);
    QCOMPARE(memory.keys().size(), 1);
    QCOMPARE(memory.recall(outlook)->columnOf(field(LeadField::Company)), -1);
    memory.forget(outlook);
    QVERIFY(memory.keys().isEmpty());
    QVERIFY(!memory.recall(outlook));
}

void TestMappingJson::memoryCapacityAndDamage()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"leadscout.ini"_s));
    settings.setValue(AppSettings::Key::ImportMappings, u"{not json"_s);
    MappingMemory memory(settings);
    QVERIFY(memory.keys().isEmpty());
    QVERIFY(!memory.recall(outlook));
    for (int i = 0; i < MappingMemory::capacity + 5; ++i)
        memory.remember(HeaderMapping::guess({u"E-Mail"_s, u"Column %1"_s.arg(i)}));
    const QStringList keys = memory.keys();
    QCOMPARE(keys.size(), MappingMemory::capacity);
    // The most recent first; the oldest are gone.
    const QString newest =
        HeaderMapping::headerSetKey({u"E-Mail"_s, u"Column %1"_s.arg(MappingMemory::capacity + 4)});
    QCOMPARE(keys.first(), newest);
    QVERIFY(!memory.recall({u"E-Mail"_s, u"Column 0"_s}));
    QVERIFY(memory.recall({u"E-Mail"_s, u"Column 5"_s}));
}

QTEST_GUILESS_MAIN(TestMappingJson)
#include "tst_mappingjson.moc"
