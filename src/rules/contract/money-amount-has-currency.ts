import type { ContractRule } from '../types.js';
import { hasCurrencyInScope, listAmounts } from './retail/money.js';
import { retailIndex } from './retail/schema-index.js';

export const rule: ContractRule = {
  id: 'money-amount-has-currency',
  scope: 'contract',
  meta: {
    description: 'Every money amount in a contract schema travels with its currency, in the same object or an enclosing one, and is never a binary floating-point number.',
    why: 'An amount without a currency is booked in whatever currency the receiver assumes, so a marketplace order in SEK lands in the ERP as EUR; a float turns 0.1 + 0.2 into 0.30000000000000004 on a refund.',
    category: 'contracts',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1', 'asyncapi2', 'asyncapi3'],
    rulesets: ['retail'],
  },
  messages: {
    missingCurrency:
      "amount '{{property}}' of {{schema}} has no currency in its object or in any object that contains it; add a currency property with an ISO 4217 code, or make '{{property}}' a money object with amount and currency",
    floatAmount:
      "amount '{{property}}' of {{schema}} is a binary floating-point number (format {{format}}), which cannot hold most decimal prices exactly; use a decimal string or an integer in minor units",
  },
  check({ contract, report }) {
    for (const schema of retailIndex(contract).objectSchemas) {
      const amounts = listAmounts(contract, schema);
      if (amounts.length === 0) continue;
      const hasCurrency = hasCurrencyInScope(contract, schema);
      for (const amount of amounts) {
        const location = { file: amount.node.file.path, pointer: amount.node.pointer };
        if (!hasCurrency) {
          report({ messageId: 'missingCurrency', data: { property: amount.name, schema: schema.label }, location });
        }
        if (amount.floatFormat !== undefined) {
          report({ messageId: 'floatAmount', data: { property: amount.name, schema: schema.label, format: amount.floatFormat }, location });
        }
      }
    }
  },
};
