#include <QtTest>
class Placeholder : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(Placeholder)
#include "test_masterdata_dialogs.moc"
