#pragma once
// ImportCountsDialog: File > Import failure counts… asks for the file (a plain list of counts or a CSV file),
// the CSV column holding the counts (filled from the file's header; "plain list" when it has none), an
// optional cap (counts >= cap are censored) and the bootstrap resamples of the analysis.
#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tb::gui {

/// The column names of a CSV header: the first line that is neither blank nor a '#' comment, when it has a
/// comma; fields split at commas outside double quotes, quotes removed, blanks trimmed. Empty for a plain
/// list (or a file that cannot be read). Reads at most the first 64 KiB.
QStringList csvHeaderColumns(const QString& path);

class ImportCountsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportCountsDialog(const QString& path = QString(), QWidget* parent = nullptr);

    QString path() const;
    /// "" for a plain list.
    QString column() const;
    qint64 cap() const;
    int bootstrap() const;

    /// Sets the file and refills the column list from its header.
    void setPath(const QString& path);

private:
    void browse();
    void updateColumns();

    QLineEdit* m_path = nullptr;
    QComboBox* m_column = nullptr;
    QSpinBox* m_cap = nullptr;
    QSpinBox* m_bootstrap = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_columnsOf; ///< the path the column list was read from
};

} // namespace tb::gui
