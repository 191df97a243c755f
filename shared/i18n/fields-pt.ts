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
  passportNumber: {
    format: 'Indique o número do passaporte tal como está impresso: só letras e algarismos, entre 5 e 20 carateres',
  },
};
