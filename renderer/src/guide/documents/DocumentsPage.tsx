import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignedFile } from '../../case/guide-case';
import { useCase } from '../../case/CaseContext';
import { Page } from '../../components/Page';
import { todayInLisbon, useLocale } from '../../locale';
import type { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api';
import { categoryById } from '../../../../shared/rules/categories';
import { appended, copyIntoCase } from './add-files';
import { DropSorter } from './DropSorter';
import { checklistFor, permitNotesFor, type ChecklistCard } from './checklist';
import { pathsOfDroppedFiles } from './dropped-paths';
import { CardReadings } from './CardReadings';
import { CategoryResult } from './CategoryResult';
import { DocumentsAssessment } from './DocumentsAssessment';
import { useAssessment, caseStateOfGuide, useReader } from '../../case/use-assessment';
import { categoryState } from '../../../../shared/case/assessment';
import { categoryHasWarnings } from '../../../../shared/engine/report';
import { CardStatusTag } from './CardStatusTag';
import { readingFlagsOf } from '../../../../shared/case/card-status';
import { useDocumentsSession } from './DocumentsSession';
import { FileList } from './FileList';
import { FileStatus } from './FileStatus';
import { FlattenPreview, isStraightenable } from './FlattenPreview';
import { PasswordDialog } from './PasswordDialog';
import { PlannedSubmission } from './PlannedSubmission';
import { PrepareControls } from './PrepareControls';
import { LowerQualityChoice } from './LowerQualityChoice';
import { PageTools } from './PageTools';
import { usePrepareAll, type PrepareOverrides } from './use-prepare-all';
import type { QualityChoice } from '../../../../shared/engine/page-edits';
import { useReadings } from './ReadingsSession';
import { CONSISTENCY_CATEGORIES } from '../../../../shared/reading/case-readings';
import { clearQueuedForSorting, queuedForSorting } from './pending-sort';

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The quality choices with this card's set ("standard" is the default, so it is not kept). */
function withQuality(
  choices: Record<string, QualityChoice>,
  categoryId: string,
  quality: QualityChoice,
): Record<string, QualityChoice> {
  const next = { ...choices };
  if (quality === 'lower') next[categoryId] = quality;
  else delete next[categoryId];
  return next;
}

function DocumentCard({
  card,
  files,
  onChange,
  onAskPassword,
  prepareAll,
}: {
  card: ChecklistCard;
  files: AssignedFile[];
  onChange(files: AssignedFile[]): void;
  onAskPassword(file: AssignedFile): void;
  prepareAll: ReturnType<typeof usePrepareAll>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { guide, caseId, casesRoot, update } = useCase();
  const { inspected, whileAdding } = useDocumentsSession();
  const category = categoryById(card.id);
  const [pagesOpen, setPagesOpen] = useState(false);
  const result = guide.report?.categories.find((category) => category.categoryId === card.id);
  // "Ready" by the assessment's definition (prepared from these files, under the limit, not blurred), not the verdict alone.
  const state = categoryState(card.id, caseStateOfGuide(guide, []));
  // A prepared file that reading found a blocker in (a stale certificate, another person's NIF) is not "Ready":
  // the card says what the summary above and "Before you upload" say.
  const { consistency, states: readingStates } = useReadings();
  // A warning about one of them (a certificate valid only a few more days) makes it "Ready, with warnings", as elsewhere.
  const readingFlags = readingFlagsOf(
    consistency.items,
    files.map((file) => file.name),
    card.id,
  );
  const blocked = readingFlags.blocked;
  // So does a warning of the file's own check (a page at 50 dpi, a blank page): its result line, report.html and the
  // agency summary say "with warnings" of it; a green "Ready" above them did not (session 11's walk).
  const warned = readingFlags.warned || (result !== undefined && categoryHasWarnings(result));
  // Still being read (the consistency check's categories; a locked file is not read until its password is typed).
  const checking =
    CONSISTENCY_CATEGORIES.includes(card.id) &&
    files.some((file) => {
      if (inspected[file.path]?.needsPassword) return false;
      const reading = readingStates[file.path];
      return !reading || reading.status === 'reading';
    });
  const [dropActive, setDropActive] = useState(false);
  const [dropHint, setDropHint] = useState(false);
  const headingId = `card-${card.id}-title`;

  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<ApiError | null>(null);

  /**
   * Copy the chosen files into the case (originals/, hashed; the person's files are only read), then list them.
   * Both inside `whileAdding`, so "Prepare" cannot start between the copy and the list and leave this card out.
   */
  async function add(paths: string[]) {
    if (paths.length === 0) return;
    setAdding(true);
    setAddError(null);
    await whileAdding(async () => {
      const result = await copyIntoCase(caseId, casesRoot, paths);
      if (!result.ok) {
        setAddError(result.error);
        return;
      }
      // Appended to the list as it is now, not as this card last rendered it: a second add may have landed meanwhile.
      update((current) => ({
        ...current,
        documents: { ...current.documents, [card.id]: appended(current.documents[card.id] ?? [], result.files) },
      }));
    });
    setAdding(false);
  }

  /** Prepare every card again after a choice made on this card (page edits, quality); failures shown here. */
  async function runAgain(overrides: PrepareOverrides) {
    setAddError(null);
    const outcome = await prepareAll.run(overrides);
    if (!outcome.ok && outcome.error) setAddError(outcome.error);
  }

  async function pick() {
    const result = await api().shellPickFiles({ filter: 'documents', multiple: true });
    if (result.ok) await add(result.value.paths);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    event.stopPropagation();
    setDropActive(false);
    const paths = pathsOfDroppedFiles(event.dataTransfer.files);
    if (paths) void add(paths);
    else setDropHint(true);
  }

  return (
    <section
      className={`card${dropActive ? ' card-drop-active' : ''}`}
      aria-labelledby={headingId}
      data-testid={`card-${card.id}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDropActive(true);
      }}
      onDragLeave={() => setDropActive(false)}
      onDrop={onDrop}
    >
      <div className="card-head">
        <div>
          <h2 id={headingId}>{card.name[locale]}</h2>
          {locale === 'en' && (
            <p className="hint" lang="pt-PT">
              {card.name.pt}
            </p>
          )}
        </div>
        <CardStatusTag state={state} requirement={card.requirement} blocked={blocked} warned={warned} checking={checking} />
      </div>
      {card.condition && <p className="inset">{card.condition[locale]}</p>}
      {card.goodDocument.length > 0 && (
        <details>
          <summary>{t('documents.goodDocument')}</summary>
          <ul>
            {card.goodDocument.map((line) => (
              <li key={line.en}>{line[locale]}</li>
            ))}
          </ul>
        </details>
      )}
      <FileList
        files={files}
        categoryName={card.name[locale]}
        onMove={(from, to) => onChange(moved(files, from, to))}
        onRemove={(index) => onChange(files.filter((_, i) => i !== index))}
        statusOf={(file) => (
          <>
            <FileStatus file={file} onAskPassword={onAskPassword} />
            {category && file.originalId !== undefined && isStraightenable(inspected[file.path]?.kind) && (
              <FlattenPreview
                file={file}
                categoryId={category.id}
                photographic={category.pageClasses?.every((c) => c === 'photo') ?? false}
                keptPages={guide.keepOriginalPhoto[file.originalId] ?? []}
                onKeptPagesChange={(pages) =>
                  update((current) => ({
                    ...current,
                    keepOriginalPhoto: { ...current.keepOriginalPhoto, [file.originalId!]: pages },
                  }))
                }
              />
            )}
          </>
        )}
      />
      <CardReadings categoryId={card.id} files={files} />
      <button type="button" className="button button-secondary" onClick={() => void pick()} data-testid={`add-${card.id}`}>
        {t('documents.addFiles')}
      </button>
      {files.length > 0 && (
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={pagesOpen}
          onClick={() => setPagesOpen((open) => !open)}
          data-testid={`edit-pages-${card.id}`}
        >
          {t(pagesOpen ? 'pageTools.close' : 'pageTools.open')}
        </button>
      )}
      <p className="hint">{t('documents.dropHere', { file: card.fileName })}</p>
      {pagesOpen && files.length > 0 && (
        <PageTools
          categoryId={card.id}
          categoryName={card.name[locale]}
          files={files}
          running={prepareAll.running}
          onApply={(edits) => void runAgain({ pageEdits: { [card.id]: edits } })}
        />
      )}
      {adding && <p role="status">{t('documents.copying')}</p>}
      {addError && (
        <p role="alert" className="error-message">
          {t(addError.messageKey, addError.params)} {addError.actionKey ? t(addError.actionKey) : ''}
        </p>
      )}
      {result && <CategoryResult category={result} outputDir={guide.folderPath} blocked={blocked} warned={warned} />}
      {result && (
        <LowerQualityChoice
          categoryId={card.id}
          files={files}
          result={result}
          running={prepareAll.running}
          onRemovePages={() => setPagesOpen(true)}
          onPrepare={(quality) => {
            update((current) => ({ ...current, quality: withQuality(current.quality, card.id, quality) }));
            void runAgain({ quality: { [card.id]: quality } });
          }}
        />
      )}
      {dropHint && (
        <p className="inset" role="status">
          {t('documents.dropNoPath')}
        </p>
      )}
    </section>
  );
}

/** Step 3: one card per category of the checklist. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const { guide, update } = useCase();
  const session = useDocumentsSession();
  const { inspect, inspected } = session;
  const [askPassword, setAskPassword] = useState<AssignedFile | null>(null);
  const { caseId, casesRoot } = useCase();
  // An opened client folder's files whose name said nothing are offered here first, as if dropped on the page.
  const [dropped, setDropped] = useState<string[]>(() => queuedForSorting(caseId));
  const [dropNoPath, setDropNoPath] = useState(false);
  const [dropError, setDropError] = useState<ApiError | null>(null);
  const readings = useReadings();
  // A client folder opened in the guide: the cards' advice speaks of the client's documents.
  const reader = useReader();
  const cards = checklistFor(guide.situation, todayInLisbon(), reader);
  const notes = permitNotesFor(guide.situation, todayInLisbon(), reader);
  const locale = useLocale();
  const assessment = useAssessment();
  const prepareAll = usePrepareAll(cards);

  // Look at every file not inspected yet this session (new ones, and all of them after a restart).
  const unknown = Object.values(guide.documents)
    .flat()
    .filter((file) => !inspected[file.path]);
  // A stable key, so the effect runs once per new set of files rather than on every render.
  const unknownKey = JSON.stringify(unknown.map((file) => [file.path, file.name]));
  useEffect(() => {
    const files = (JSON.parse(unknownKey) as [string, string][]).map(([path, name]) => ({ path, name }));
    if (files.length > 0) void inspect(files);
  }, [unknownKey, inspect]);

  /** Files dropped on the page and sorted into cards: copy each card's files into the case, then list them. */
  async function assignDropped(assignments: Array<[string, string]>) {
    setDropError(null);
    const byCategory = new Map<string, string[]>();
    for (const [path, categoryId] of assignments) byCategory.set(categoryId, [...(byCategory.get(categoryId) ?? []), path]);
    // "Prepare" waits until every card's files are listed.
    await session.whileAdding(async () => {
      for (const [categoryId, paths] of byCategory) {
        const result = await copyIntoCase(caseId, casesRoot, paths);
        if (!result.ok) {
          // Shown on the page: the files were not added and the person must know (before, this was silent).
          setDropError(result.error);
          continue;
        }
        // The case's copy says what the dropped file said: no second reading (OCR is slow).
        result.files.forEach((file, i) => {
          const state = readings.states[paths[i]!];
          if (state?.status === 'read') readings.seed(file.path, state.reading);
        });
        update((current) => ({
          ...current,
          documents: { ...current.documents, [categoryId]: appended(current.documents[categoryId] ?? [], result.files) },
        }));
      }
    });
  }

  return (
    <Page title={t('documents.title')}>
      <div
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          // Files dropped outside a card: ask which document each one is.
          event.preventDefault();
          const paths = pathsOfDroppedFiles(event.dataTransfer.files);
          setDropped(paths ?? []);
          setDropNoPath(paths === null);
        }}
        data-testid="documents-drop-area"
      >
        <DocumentsAssessment assessment={assessment} />
        <p>{t('documents.intro')}</p>
        {notes.length > 0 && (
          <section className="inset" aria-labelledby="permit-notes-title" data-testid="permit-notes">
            <h2 id="permit-notes-title">{t('documents.permitNotes')}</h2>
            <ul>
              {notes.map((note) => (
                <li key={note.en}>{note[locale]}</li>
              ))}
            </ul>
          </section>
        )}
        <PlannedSubmission />
        <p className="hint">
          {t('reading.suggest.notSure')}{' '}
          <button
            type="button"
            className="button button-secondary"
            data-testid="sort-not-sure"
            onClick={() =>
              void api()
                .shellPickFiles({ filter: 'documents', multiple: true })
                .then((result) => {
                  if (result.ok && result.value.paths.length > 0) setDropped(result.value.paths);
                })
            }
          >
            {t('reading.suggest.notSureButton')}
          </button>
        </p>
        {dropNoPath && (
          <p className="inset" role="status">
            {t('documents.dropNoPath')}
          </p>
        )}
        {dropped.length > 0 && (
          <DropSorter
            paths={dropped}
            cards={cards}
            onDone={(assignments) => {
              setDropped([]);
              clearQueuedForSorting();
              // copyIntoCase answers failures in its result, which assignDropped shows; it does not throw.
              void assignDropped(assignments);
            }}
            onCancel={() => {
              setDropped([]);
              clearQueuedForSorting();
            }}
          />
        )}
        {dropError && (
          <p className="inset" role="alert" data-testid="drop-error">
            {t(dropError.messageKey, dropError.params)}
          </p>
        )}
        {cards.map((card) => (
          <DocumentCard
            key={card.id}
            card={card}
            files={guide.documents[card.id] ?? []}
            onAskPassword={setAskPassword}
            prepareAll={prepareAll}
            onChange={(files) => update((current) => ({ ...current, documents: { ...current.documents, [card.id]: files } }))}
          />
        ))}
        <PrepareControls cards={cards} />
        {askPassword && (
          <PasswordDialog
            fileName={askPassword.name}
            onUnlock={(password) => session.unlock(askPassword, password)}
            onClose={() => setAskPassword(null)}
          />
        )}
      </div>
    </Page>
  );
}
