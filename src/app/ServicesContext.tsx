import { createContext, use } from 'react';
import type { AppServices } from './services';

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = use(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesContext> above it');
  return services;
}
