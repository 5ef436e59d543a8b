#include <QtTest>
class TestEngineBandit : public QObject {
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_GUILESS_MAIN(TestEngineBandit)
#include "tst_engine_bandit.moc"
