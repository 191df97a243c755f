import type { fieldsEn } from './fields-en';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** Portuguese messages of the field checks. Exactly the keys of fields-en.ts. */
export const fieldsPt: DeepStrings<typeof fieldsEn> = {
  nif: {
    format: 'Indique o NIF com 9 algarismos',
    prefix: 'Este número não é um NIF: nenhum NIF começa por 0, nem por 4 (exceto 45). Confirme-o numa carta das Finanças.',
    checkDigit:
      'Este NIF não é válido: o último algarismo (o dígito de controlo) não corresponde aos outros 8. Confirme-o no cartão de contribuinte ou numa carta das Finanças.',
  },
  niss: {
    format: 'Indique o NISS com 11 algarismos',
    prefix:
      'Este número não é um NISS: o NISS começa por 1 (ou por 2, no caso de uma empresa). Confirme-o numa carta da Segurança Social.',
    checkDigit:
      'Este NISS não é válido: o último algarismo (o dígito de controlo) não corresponde aos outros 10. Confirme-o numa carta da Segurança Social ou na Segurança Social Direta.',
  },
  postalCode: {
    format: 'Indique o código postal português com 4 algarismos, hífen e 3 algarismos, por exemplo 1100-148',
  },
  phone: {
    format: 'Indique o número de telefone com o indicativo do país, por exemplo +351 912 345 678',
    portuguese: 'Um número de telefone português tem 9 algarismos e começa por 2, 3 ou 9, por exemplo 912 345 678',
  },
  clientJson: {
    notJson: 'não é um JSON válido: verifique as vírgulas, as aspas e as chavetas',
    unreadable: 'não pode ser lido: verifique se é um ficheiro de texto que consegue abrir',
  },
  unknownField: 'campo desconhecido: verifique como está escrito',
  zod: {
    missing: 'está em falta: acrescente-o',
    type: {
      string: 'deve ser texto entre aspas, por exemplo "Ana Sousa" (aqui está {{written}})',
      date: 'deve ser uma data entre aspas, no formato ano-mês-dia, por exemplo "2026-12-31" (aqui está {{written}})',
      boolean: 'deve ser true ou false, sem aspas (aqui está {{written}})',
      number: 'deve ser um número, sem aspas (aqui está {{written}})',
      object: 'deve ser um grupo de campos entre chavetas, { … } (aqui está {{written}})',
      array: 'deve ser uma lista entre parênteses retos, [ … ] (aqui está {{written}})',
      other: 'tem um valor do tipo errado (aqui está {{written}})',
    },
    kinds: {
      string: 'texto',
      number: 'um número',
      boolean: 'true ou false',
      object: 'um grupo de campos',
      array: 'uma lista',
      null: 'null',
      other: 'outra coisa',
    },
    date: 'deve ser uma data real, no formato ano-mês-dia, por exemplo "2026-12-31"',
    datetime: 'deve ser uma data e hora com a diferença para UTC, por exemplo "2026-11-20T18:00:00+00:00"',
    time: 'deve ser uma hora, no formato horas:minutos, por exemplo "10:15"',
    email: 'deve ser um endereço de e-mail, por exemplo "ana.sousa@exemplo.pt"',
    format: 'não está escrito na forma esperada',
    oneOf: 'deve ser um destes valores: {{values}}',
    ducGeneratedAt:
      'deve ser { "instant": "2026-11-20T10:15:00+00:00" } ou { "lisbonDate": "2026-11-20", "lisbonTime": "10:15" }',
    shape: 'não tem nenhuma das formas aceites',
    empty: 'está vazio: escreva o valor ou retire o campo',
    tooShort: 'é demasiado curto: pelo menos {{minimum}} carateres',
    tooLong: 'é demasiado longo: no máximo {{maximum}} carateres',
    tooSmall: 'deve ser pelo menos {{minimum}}',
    tooBig: 'deve ser no máximo {{maximum}}',
    invalid: 'não é válido',
  },
  passportNumber: {
    format: 'Indique o número do passaporte tal como está impresso: só letras e algarismos, entre 5 e 20 carateres',
  },
};
