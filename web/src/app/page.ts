import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Set the document title ("<page> – Weerbaar"), as screen readers announce it on navigation. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const product = t('common.productName');
  useEffect(() => {
    document.title = title ? `${title} – ${product}` : product;
  }, [title, product]);
}
