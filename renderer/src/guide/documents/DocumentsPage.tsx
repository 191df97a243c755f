import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignedFile } from '../../case/guide-case';
import { useCase } from '../../case/CaseContext';
import { Page } from '../../components/Page';
import { Tag } from '../../components/Tag';
import { useLocale } from '../../locale';
import { api } from '../../api';
import { checklistFor, type ChecklistCard } from './checklist';
import { baseName, pathsOfDroppedFiles } from './dropped-paths';
import { FileList } from './FileList';

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

function DocumentCard({
  card,
  files,
  onChange,
}: {
  card: ChecklistCard;
  files: AssignedFile[];
  onChange(files: AssignedFile[]): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [dropActive, setDropActive] = useState(false);
  const [dropHint, setDropHint] = useState(false);
  const headingId = `card-${card.id}-title`;

  function add(paths: string[]) {
    const known = new Set(files.map((file) => file.path));
    const added = paths.filter((path) => !known.has(path)).map((path) => ({ path, name: baseName(path) }));
    if (added.length > 0) onChange([...files, ...added]);
  }

  async function pick() {
    const result = await api().shellPickFiles({ filter: 'documents', multiple: true });
    if (result.ok) add(result.value.paths);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    event.stopPropagation();
    setDropActive(false);
    const paths = pathsOfDroppedFiles(event.dataTransfer.files);
    if (paths) add(paths);
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
        <Tag tone={card.requirement === 'required' ? 'red' : 'yellow'}>{t(`documents.requirement.${card.requirement}`)}</Tag>
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
        statusOf={() => null}
      />
      <button type="button" className="button button-secondary" onClick={() => void pick()} data-testid={`add-${card.id}`}>
        {t('documents.addFiles')}
      </button>
      <p className="hint">{t('documents.dropHere', { file: card.fileName })}</p>
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
  const cards = checklistFor(guide.situation);

  return (
    <Page title={t('documents.title')}>
      <p>{t('documents.intro')}</p>
      {cards.map((card) => (
        <DocumentCard
          key={card.id}
          card={card}
          files={guide.documents[card.id] ?? []}
          onChange={(files) => update((current) => ({ ...current, documents: { ...current.documents, [card.id]: files } }))}
        />
      ))}
    </Page>
  );
}
