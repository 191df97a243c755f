import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDateParts, dateProblemText } from '../../../../shared/case/date-input';
import { portuguesePostalCodeSchema } from '../../../../shared/case/fields';
import { personFactsSchema, type PersonFacts } from '../../../../shared/case/person';
import type { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { DateInput, partsOf, type DateParts } from '../../components/DateInput';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { navigate } from '../../router';

const TEXT_FIELDS = ['fullName', 'nationality', 'phone', 'email', 'nif', 'niss', 'passportNumber'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const ADDRESS_FIELDS = ['street', 'postalCode', 'locality'] as const;
type AddressField = (typeof ADDRESS_FIELDS)[number];

const AUTOCOMPLETE: Partial<Record<TextField | AddressField, string>> = {
  fullName: 'name',
  phone: 'tel',
  email: 'email',
  street: 'street-address',
  postalCode: 'postal-code',
  locality: 'address-level2',
};

/**
 * The person's details that AIMA's contact form, the email and the letter ask
 * for. Saved in the case (case.json) through the case API; each is optional,
 * and the texts say which are still missing.
 */
export function DetailsPage({ returnTo }: { returnTo: string | null }) {
  const { t, i18n } = useTranslation();
  const { caseId } = useCase();
  const [values, setValues] = useState<Record<TextField | AddressField, string> | null>(null);
  const [birth, setBirth] = useState<DateParts>({ day: '', month: '', year: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saveError, setSaveError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .caseGet({ caseId })
      .then((result) => {
        if (!live || !result.ok) return;
        const person = result.value.person;
        setValues({
          fullName: person.fullName ?? '',
          nationality: person.nationality ?? '',
          phone: person.phone ?? '',
          email: person.email ?? '',
          nif: person.nif ?? '',
          niss: person.niss ?? '',
          passportNumber: person.passportNumber ?? '',
          street: person.address?.street ?? '',
          postalCode: person.address?.postalCode ?? '',
          locality: person.address?.locality ?? '',
        });
        setBirth(partsOf(person.dateOfBirth));
      });
    return () => {
      live = false;
    };
  }, [caseId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    const found: FieldError[] = [];
    const person: Record<string, unknown> = {};
    // Each field through its own schema (shared/case/fields.ts): the message names what is wrong
    // (a NIF's check digit, a postal code's shape), and the saved value is the normalised one.
    const messageOf = (issues: readonly { message: string }[], fallbackKey: string) => {
      const key = issues.find((issue) => issue.message.startsWith('fields.'))?.message;
      return t(key ?? fallbackKey);
    };
    for (const field of TEXT_FIELDS) {
      const value = values[field].trim();
      if (!value) continue;
      const parsed = personFactsSchema.shape[field].safeParse(value);
      if (parsed.success) person[field] = parsed.data;
      else found.push({ fieldId: `person-${field}`, message: messageOf(parsed.error.issues, `details.errors.${field}`) });
    }
    const birthCheck = checkDateParts(birth);
    if (birthCheck.ok) person.dateOfBirth = birthCheck.iso;
    else if (birthCheck.problem.kind !== 'empty')
      found.push({
        fieldId: 'person-dateOfBirth-day',
        message: dateProblemText(
          birthCheck.problem,
          t('ui.dateNames.dateOfBirth'),
          t('details.errors.dateOfBirth'),
          t,
          i18n.language,
        ),
      });
    const address = { street: values.street.trim(), postalCode: values.postalCode.trim(), locality: values.locality.trim() };
    const anyAddress = address.street || address.postalCode || address.locality;
    if (anyAddress) {
      for (const field of ADDRESS_FIELDS)
        if (!address[field]) found.push({ fieldId: `person-${field}`, message: t(`details.errors.${field}`) });
      // The form has no country field: the address it saves is in Portugal (the schema's default).
      if (address.postalCode) {
        const postalCode = portuguesePostalCodeSchema.safeParse(address.postalCode);
        if (postalCode.success) address.postalCode = postalCode.data;
        else
          found.push({ fieldId: 'person-postalCode', message: messageOf(postalCode.error.issues, 'details.errors.postalCode') });
      }
      person.address = address;
    }
    setErrors(found);
    if (found.length > 0) return;
    const parsed = personFactsSchema.safeParse(person);
    if (!parsed.success) return;
    const result = await api().caseUpdate({ caseId, person: parsed.data as PersonFacts });
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    navigate(returnTo ?? '/trouble');
  }

  const errorOf = (id: string) => errors.find((error) => error.fieldId === id || error.fieldId === `${id}-day`);
  const textField = (field: TextField | AddressField) => {
    const id = `person-${field}`;
    const error = errorOf(id);
    return (
      <div className={`form-group${error ? ' form-group-error' : ''}`} key={field}>
        <label htmlFor={id}>
          <strong>{t(`details.fields.${field}`)}</strong>
        </label>
        {error && (
          <p className="error-message" id={`${id}-error`}>
            {error.message}
          </p>
        )}
        <br />
        <input
          id={id}
          className="input input-medium"
          autoComplete={AUTOCOMPLETE[field] ?? 'off'}
          inputMode={field === 'nif' || field === 'niss' ? 'numeric' : undefined}
          value={values?.[field] ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setValues((current) => (current ? { ...current, [field]: e.target.value } : current))}
        />
      </div>
    );
  };

  return (
    <Page title={t('details.title')} back={returnTo ?? '/trouble'}>
      <ErrorSummary errors={errors} />
      <p>{t('details.intro')}</p>
      {values === null ? (
        <p>{t('ui.loading')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate data-testid="details-form">
          {textField('fullName')}
          <div className={`form-group${errorOf('person-dateOfBirth') ? ' form-group-error' : ''}`}>
            <DateInput
              id="person-dateOfBirth"
              legend={t('details.fields.dateOfBirth')}
              errorId={errorOf('person-dateOfBirth') ? 'person-dateOfBirth-error' : undefined}
              value={birth}
              onChange={setBirth}
            />
            {errorOf('person-dateOfBirth') && (
              <p className="error-message" id="person-dateOfBirth-error">
                {errorOf('person-dateOfBirth')?.message}
              </p>
            )}
          </div>
          {TEXT_FIELDS.filter((field) => field !== 'fullName').map(textField)}
          <fieldset className="form-group">
            <legend className="date-legend">{t('details.fields.address')}</legend>
            {ADDRESS_FIELDS.map(textField)}
          </fieldset>
          <button type="submit" className="button" data-testid="details-save">
            {t('ui.save')}
          </button>
          {saveError && (
            <p role="alert" className="error-message">
              {t(saveError.messageKey, saveError.params)}
            </p>
          )}
        </form>
      )}
    </Page>
  );
}
