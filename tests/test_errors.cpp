// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Error.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Sprechtag;

namespace {

// The last code of the enumeration: the tests below walk every code up to it. (Before, the walk stopped
// at ConstraintViolation and left OutputRefused unchecked.)
constexpr ErrorCode kLastCode = ErrorCode::OutputRefused;

} // namespace

class TestErrors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Error map(const QString &code, const QString &driverText = QStringLiteral("raw driver text XYZ"))
    {
        return m_db->mapError(QSqlError(driverText, driverText, QSqlError::StatementError, code));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("e.sqlite")));
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
    }

    void mapsDriverCodesToErrors_data()
    {
        QTest::addColumn<QString>("native");
        QTest::addColumn<int>("expected");
        QTest::newRow("unique") << QStringLiteral("2067") << int(ErrorCode::ConstraintViolation);
        QTest::newRow("primary key") << QStringLiteral("1555") << int(ErrorCode::ConstraintViolation);
        QTest::newRow("not null") << QStringLiteral("1299") << int(ErrorCode::ConstraintViolation);
        QTest::newRow("check") << QStringLiteral("275") << int(ErrorCode::ConstraintViolation);
        QTest::newRow("foreign key") << QStringLiteral("787") << int(ErrorCode::ConstraintViolation);
        QTest::newRow("trigger") << QStringLiteral("1811") << int(ErrorCode::ConstraintViolation);
        QTest::newRow("commit refused") << QStringLiteral("531") << int(ErrorCode::FileReplaced);
        QTest::newRow("busy") << QStringLiteral("5") << int(ErrorCode::Busy);
        QTest::newRow("busy snapshot") << QStringLiteral("517") << int(ErrorCode::Busy);
        QTest::newRow("locked") << QStringLiteral("6") << int(ErrorCode::Busy);
        QTest::newRow("readonly") << QStringLiteral("8") << int(ErrorCode::ReadOnly);
        QTest::newRow("readonly db moved") << QStringLiteral("1032") << int(ErrorCode::FileReplaced);
        QTest::newRow("io write") << QStringLiteral("778") << int(ErrorCode::IoError);
        QTest::newRow("corrupt") << QStringLiteral("11") << int(ErrorCode::Corrupt);
        QTest::newRow("full") << QStringLiteral("13") << int(ErrorCode::DiskFull);
        QTest::newRow("cantopen") << QStringLiteral("14") << int(ErrorCode::CannotOpen);
        QTest::newRow("notadb") << QStringLiteral("26") << int(ErrorCode::NotADatabase);
        QTest::newRow("generic error") << QStringLiteral("1") << int(ErrorCode::StorageFailure);
        QTest::newRow("driver without code") << QString() << int(ErrorCode::StorageFailure);
    }

    void mapsDriverCodesToErrors()
    {
        QFETCH(QString, native);
        QFETCH(int, expected);
        const Error e = map(native);
        QCOMPARE(int(e.code), expected);
        const QString message = errorMessage(e);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(QLatin1String("XYZ")), qPrintable(message));
    }

    void constraintMessagesSayWhichRule()
    {
        QVERIFY(errorMessage(map(QStringLiteral("2067"))).contains(QLatin1String("exists already")));
        QVERIFY(errorMessage(map(QStringLiteral("787"))).contains(QLatin1String("refers")));
        QVERIFY(errorMessage(map(QStringLiteral("1811"), QStringLiteral("consultant_overlap")))
                    .contains(QLatin1String("two places")));
    }

    void storageErrorsAreStorageKind()
    {
        QCOMPARE(map(QStringLiteral("5")).kind(), ErrorKind::Storage);
        QCOMPARE(map(QStringLiteral("13")).kind(), ErrorKind::Storage);
        QCOMPARE(map(QStringLiteral("2067")).kind(), ErrorKind::Refused);
        QCOMPARE(makeError(ErrorCode::SlotTaken).kind(), ErrorKind::Refused);
    }

    void messagesNameWhatIsInTheWay()
    {
        const QString m = errorMessage(
            makeError(ErrorCode::SlotTaken, {QStringLiteral("25.03.2021"), QStringLiteral("10:00"),
                                             QStringLiteral("Frank Michna"), QStringLiteral("Müller GmbH")}));
        QVERIFY(m.contains(QLatin1String("25.03.2021")));
        QVERIFY(m.contains(QLatin1String("10:00")));
        QVERIFY(m.contains(QLatin1String("Frank Michna")));
        QVERIFY(m.contains(QStringLiteral("Müller GmbH")));
    }

    void placeholdersInNamesAreNotSubstitutedAgain()
    {
        QCOMPARE(fillPlaceholders(QStringLiteral("%1 and %2"), {QStringLiteral("A%2"), QStringLiteral("B")}),
                 QStringLiteral("A%2 and B"));
        QCOMPARE(fillPlaceholders(QStringLiteral("100% of %1"), {QStringLiteral("x")}),
                 QStringLiteral("100% of x"));
        QCOMPARE(fillPlaceholders(QStringLiteral("%1 %3"), {QStringLiteral("a")}), QStringLiteral("a %3"));
    }

    void everyCodeHasASentenceOfItsOwn()
    {
        QSet<QString> sentences;
        int codes = 0;
        for (int c = 0; c <= int(kLastCode); ++c, ++codes) {
            const QString m =
                errorMessage(makeError(ErrorCode(c), {QStringLiteral("a"), QStringLiteral("b"),
                                                      QStringLiteral("c"), QStringLiteral("d")}));
            QVERIFY2(!m.isEmpty() && m != QLatin1String("Unknown problem."), qPrintable(QString::number(c)));
            QVERIFY2(!m.contains(QLatin1Char('%')), qPrintable(m));
            sentences.insert(m);
        }
        QCOMPARE(sentences.size(), codes);
    }

    // The enumeration lists the storage problems first, then the refusals from NotFound on; kind() says
    // the same for every code (exit code 3 or 2 on the command line).
    void everyCodeHasTheKindOfItsGroup()
    {
        for (int c = 0; c <= int(kLastCode); ++c) {
            const ErrorKind expected = c < int(ErrorCode::NotFound) ? ErrorKind::Storage : ErrorKind::Refused;
            QVERIFY2(makeError(ErrorCode(c)).kind() == expected, qPrintable(QString::number(c)));
        }
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "test_errors.moc"
