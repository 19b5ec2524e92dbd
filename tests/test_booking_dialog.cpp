#include <QtTest>
class Placeholder : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(Placeholder)
#include "test_booking_dialog.moc"
