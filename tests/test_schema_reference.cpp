// SPDX-License-Identifier: GPL-3.0-or-later
// The schema a file is compared with on open, worked out when the program is built
// (storage/SchemaReference.h): it is exactly what the migrations create, it is taken only for the
// program's own migrations at their current version, and a file checked against it is still refused for
// anything the migrations did not make.
#include "TestSupport.h"

#include "storage/Schema.h"
#include "storage/SchemaCheck.h"
#include "storage/SchemaReference.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Sprechtag;
using Sprechtag::Test::TempDatabase;

namespace {

QStringList described(const QList<SchemaObject> &objects)
{
    QStringList out;
    for (const SchemaObject &o : objects)
        out << o.type + QLatin1Char('|') + o.name + QLatin1Char('|') + o.table + QLatin1Char('|') + o.sql;
    out.sort();
    return out;
}

// One statement through a plain connection, as another program would write.
bool rawExec(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("raw-") + path;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A sound file of the current version, closed again; its path.
QString soundFile(TempDatabase &t)
{
    if (!t.open())
        return {};
    t.db.reset();
    return t.path();
}

} // namespace

class TestSchemaReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void compiledReferenceIsWhatTheMigrationsCreate()
    {
        const SchemaReference compiled = compiledSchemaReference();
        QCOMPARE(compiled.version, currentSchemaVersion());
        QCOMPARE(compiled.id, SchemaCheck::id(sqliteMigrations(), currentSchemaVersion()));
        auto built = SchemaCheck::build(sqliteMigrations(), currentSchemaVersion());
        QVERIFY(built.ok());
        QVERIFY(built->size() > 10);
        QCOMPARE(described(compiled.objects), described(*built));
    }

    void idDependsOnEveryStatementAndTheVersion()
    {
        const int version = currentSchemaVersion();
        const QByteArray own = SchemaCheck::id(sqliteMigrations(), version);
        QCOMPARE(own.size(), 32);
        QVERIFY(SchemaCheck::id(sqliteMigrations(), version - 1) != own);
        QList<Migration> changed = sqliteMigrations();
        changed.last().statements.last() += QLatin1Char(' ');
        QVERIFY(SchemaCheck::id(changed, version) != own);
    }

    void seedTakesOnlyTheProgramsOwnCurrentReference()
    {
        SchemaReference other = compiledSchemaReference();
        other.id[0] = char(other.id[0] ^ 1);
        QVERIFY(!SchemaCheck::seed(other));
        SchemaReference older = compiledSchemaReference();
        older.version -= 1;
        QVERIFY(!SchemaCheck::seed(older));
        QVERIFY(SchemaCheck::seed(compiledSchemaReference()));
    }

    // With the compiled reference seeded, as the program starts: a sound file opens, and whatever the
    // migrations did not make is refused and named.
    void seededCheckOpensSoundFilesAndRefusesChangedOnes_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("named");
        QTest::newRow("extra trigger")
            << QStringLiteral(
                   "CREATE TRIGGER x_cancel_all AFTER INSERT ON booking BEGIN UPDATE booking SET status = "
                   "'cancelled' WHERE id = NEW.id; END")
            << QStringLiteral("x_cancel_all");
        QTest::newRow("extra view") << QStringLiteral("CREATE VIEW x_everyone AS SELECT name FROM company")
                                    << QStringLiteral("x_everyone");
        QTest::newRow("missing index")
            << QStringLiteral("DROP INDEX booking_company") << QStringLiteral("booking_company");
    }

    void seededCheckOpensSoundFilesAndRefusesChangedOnes()
    {
        QFETCH(QString, statement);
        QFETCH(QString, named);
        QVERIFY(SchemaCheck::seed(compiledSchemaReference()));
        TempDatabase t;
        const QString path = soundFile(t);
        QVERIFY(!path.isEmpty());
        QVERIFY(Database::open(path).ok());
        QVERIFY(rawExec(path, statement));
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SchemaMismatch);
        QVERIFY2(errorMessage(refused.error()).contains(named), qPrintable(errorMessage(refused.error())));
    }

    // The seed is what open() compares with (not a second build): a reference that lacks one of the
    // migrations' triggers makes a sound file "extra". The program's own reference is put back after.
    void openComparesWithTheSeededReference()
    {
        TempDatabase t;
        const QString path = soundFile(t);
        QVERIFY(!path.isEmpty());
        SchemaReference lacking = compiledSchemaReference();
        const qsizetype before = lacking.objects.size();
        lacking.objects.removeIf(
            [](const SchemaObject &o) { return o.name == QLatin1String("audit_log_no_delete"); });
        QCOMPARE(lacking.objects.size(), before - 1);
        QVERIFY(SchemaCheck::seed(lacking));
        auto refused = Database::open(path);
        QVERIFY(SchemaCheck::seed(compiledSchemaReference()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SchemaMismatch);
        QVERIFY(errorMessage(refused.error()).contains(QLatin1String("audit_log_no_delete")));
        QVERIFY(Database::open(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestSchemaReference)
#include "test_schema_reference.moc"
