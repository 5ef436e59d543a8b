#include "ImportCountsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ExportPath.h"

namespace tb::gui {

QStringList csvHeaderColumns(const QString& path) {
    if (!ui::sqliteInputRefusal(path).isEmpty())
        return {}; // never open a store's file (the import refuses it)
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray head = f.read(64 * 1024);
    for (const QByteArray& raw : head.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        if (!line.contains(QLatin1Char(','))) return {};
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (c == QLatin1Char('"')) {
                if (quoted && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += c; // "" inside quotes
                    ++i;
                } else {
                    quoted = !quoted;
                }
            } else if (c == QLatin1Char(',') && !quoted) {
                fields << field.trimmed();
                field.clear();
            } else {
                field += c;
            }
        }
        fields << field.trimmed();
        return fields;
    }
    return {};
}

ImportCountsDialog::ImportCountsDialog(const QString& path, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("importCountsDialog"));
    setWindowTitle(tr("Import failure counts"));
    auto* form = new QFormLayout;

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setMinimumWidth(360);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("&File:"), pathRow);

    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("importColumn"));
    m_column->setToolTip(tr("The CSV column holding the counts; a file without a header is a plain list, one "
                            "count per line"));
    form->addRow(tr("&Column:"), m_column);

    m_cap = new QSpinBox(this);
    m_cap->setObjectName(QStringLiteral("importCap"));
    m_cap->setRange(0, 2000000000);
    m_cap->setSpecialValueText(tr("none"));
    m_cap->setToolTip(
        tr("Counts at or above the cap are censored at it (the attempts allowed were the cap)"));
    form->addRow(tr("C&ap:"), m_cap);

    m_bootstrap = new QSpinBox(this);
    m_bootstrap->setObjectName(QStringLiteral("importBootstrap"));
    m_bootstrap->setRange(0, 100000);
    m_bootstrap->setValue(1000);
    m_bootstrap->setToolTip(
        tr("Goodness-of-fit refits and level resamples of the analysis (0 skips the p-value and the level "
           "probabilities)"));
    form->addRow(tr("&Bootstrap:"), m_bootstrap);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("One count per line, or a CSV column. A count is a non-negative integer, or >=N for a "
                       "task not solved within N attempts; blank lines and lines starting with # are "
                       "skipped."));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import and analyse"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ImportCountsDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportCountsDialog::updateColumns);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(m_path->text()).isFile());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    setPath(path);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(path).isFile());
}

QString ImportCountsDialog::path() const {
    return m_path->text();
}

QString ImportCountsDialog::column() const {
    return m_column->currentData().toString();
}

qint64 ImportCountsDialog::cap() const {
    return m_cap->value();
}

int ImportCountsDialog::bootstrap() const {
    return m_bootstrap->value();
}

void ImportCountsDialog::setPath(const QString& path) {
    m_path->setText(path);
    updateColumns();
}

void ImportCountsDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import failure counts"), QFileInfo(m_path->text()).absolutePath(),
        tr("Failure counts (*.txt *.csv *.tsv *.dat);;All files (*)"));
    if (!path.isEmpty()) setPath(path);
}

void ImportCountsDialog::updateColumns() {
    const QString path = m_path->text();
    if (path == m_columnsOf && m_column->count() > 0) return;
    m_columnsOf = path;
    const QStringList columns = csvHeaderColumns(path);
    m_column->clear();
    if (columns.isEmpty()) {
        m_column->addItem(tr("(plain list: one count per line)"), QString());
        m_column->setEnabled(false);
        return;
    }
    m_column->setEnabled(true);
    int pick = 0;
    for (const QString& c : columns) {
        m_column->addItem(c, c);
        // A column named like the notebooks' failure counts is the likely choice.
        const QString l = c.toLower();
        if (pick == 0 && (l == QLatin1String("k") || l.contains(QLatin1String("fail")) ||
                          l.contains(QLatin1String("count"))))
            pick = m_column->count() - 1;
    }
    m_column->setCurrentIndex(pick);
}

} // namespace tb::gui
