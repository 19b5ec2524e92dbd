// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Sprechtag {

class CompanyListModel;
class Database;

// The company list of the companies dialog: a search field for the beginning of the name, the matching
// companies (a few hundred at most, so that typing stays quick among 200,000) and whether archived ones
// are listed. Picking a company only reports it; the dialog decides whether to show it.
class CompanyFinder : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyFinder(const Database &db, QWidget *parent = nullptr);

    // Lists what matches the search again and selects that company when it is listed.
    void reload(Id select);
    // Selects the company's row (none for 0 or when not listed) without reporting it as picked.
    void select(Id id);
    bool showsArchived() const;
    void setShowArchived(bool show);
    CompanyListModel *model() const { return m_model; }
    // The row of the selected company, -1 when none is.
    int currentRow() const;
    // The finder's widgets in tab order, for the dialog's focus chain.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    // The user picked a company in the list; the dialog answers with select() when it stays on another.
    void companyPicked(Id id);
    // Archived companies are now listed or not (the list is reloaded already).
    void showArchivedChanged(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Result<QList<Company>> matching() const;

    const Database &m_db;
    CompanyListModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_showArchived = nullptr;
    // The company selected last, kept selected across reloads.
    Id m_selected = 0;
    // Set while the selection is changed by the finder itself rather than by the user.
    bool m_selecting = false;
};

} // namespace Sprechtag
